package vn.tinhso.platform.capacity;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts refusals in {@code tinhso.capacity.shed} (tags lane, reason, status; Prometheus
 * {@code tinhso_capacity_shed_total}) and reports them in the log at most every 10 seconds.
 */
final class ShedMeter {

	private static final Logger log = LoggerFactory.getLogger(ShedMeter.class);
	private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

	private final MeterRegistry registry;
	private final ThrottledLog overCapacity = new ThrottledLog(log, "Requests refused over capacity", REPORT_EVERY);
	private final ThrottledLog databaseDown = new ThrottledLog(log, "Requests answered 503, database unreachable", REPORT_EVERY);

	ShedMeter(MeterRegistry registry) {
		this.registry = registry;
	}

	void shed(Lane lane, Admission admission, HttpServletRequest request) {
		count(lane.tag(), admission.reason(), admission.status().value());
		overCapacity.warn(() -> admission.status().value() + " " + admission.reason() + " in the " + lane.tag()
				+ " lane for " + request.getMethod() + " " + request.getRequestURI());
	}

	void databaseUnavailable(HttpServletRequest request, Throwable failure) {
		Lane lane = (Lane) request.getAttribute(CapacityFilter.LANE);
		count(lane == null ? "none" : lane.tag(), "database", 503);
		databaseDown.warn(() -> request.getMethod() + " " + request.getRequestURI() + ": "
				+ DatabaseFailures.summary(failure));
	}

	private void count(String lane, String reason, int status) {
		registry.counter("tinhso.capacity.shed", "lane", lane, "reason", reason, "status", String.valueOf(status))
				.increment();
	}
}

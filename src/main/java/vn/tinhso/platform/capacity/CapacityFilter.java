package vn.tinhso.platform.capacity;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of the application, ahead of the session store and security (which already use the
 * database): each request takes a place in its lane or is refused at once. It also turns a database
 * outage escaping any later filter before the handler (session lookup, sign-in), or anywhere in a read,
 * into 503 with Retry-After.
 * <p>
 * A place is held for the request's first dispatch only; an asynchronous handler, should one appear,
 * would run on outside the budget rather than hold a place for as long as a stream stays open.
 */
final class CapacityFilter extends OncePerRequestFilter {

	/** Request attribute: the {@link Lane} of an admitted request. */
	static final String LANE = CapacityFilter.class.getName() + ".lane";
	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final CapacityProperties properties;
	private final LaneRouter router;
	private final ClientKeys clients;
	private final AdmissionControl admissions;
	private final Refusals refusals;
	private final ShedMeter meter;

	CapacityFilter(CapacityProperties properties, ClientKeys clients, AdmissionControl admissions, Refusals refusals,
			ShedMeter meter) {
		this.properties = properties;
		this.router = new LaneRouter(properties, clients);
		this.clients = clients;
		this.admissions = admissions;
		this.refusals = refusals;
		this.meter = meter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Lane lane = properties.enabled() ? router.laneOf(request) : null;
		if (lane == null) {
			proceed(request, response, chain);
			return;
		}
		String client = clients.keyOf(request);
		Admission admission = admissions.admit(lane, client);
		if (admission != Admission.ADMITTED) {
			meter.shed(lane, admission, request);
			refusals.write(request, response, admission.status(), admission.code(), properties.retryAfter());
			return;
		}
		request.setAttribute(LANE, lane);
		try {
			proceed(request, response, chain);
		}
		finally {
			admissions.release(lane, client);
		}
	}

	private void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException e) {
			// Past the handler of a write, work may have been committed: "try again" could make it twice.
			// Such a failure goes to the ordinary error handling (500) instead. A read may always be retried
			// (its answer or the session save after it was cut by a database restart).
			boolean mayHaveWritten = HandlerReached.reached(request) && !READS.contains(request.getMethod());
			if (response.isCommitted() || mayHaveWritten || !DatabaseFailures.causedBy(e)) {
				throw e;
			}
			response.reset();
			meter.databaseUnavailable(request, e);
			refusals.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseFailureResolver.CODE,
					properties.databaseRetryAfter());
		}
	}
}

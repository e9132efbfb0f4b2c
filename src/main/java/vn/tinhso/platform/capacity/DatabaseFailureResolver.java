package vn.tinhso.platform.capacity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A controller that cannot reach the database (pool exhausted, server down or restarting) answers
 * 503 with Retry-After, in the caller's format, instead of the 500 of the modules' catch-all
 * handlers: it runs before every {@code @ExceptionHandler}.
 */
final class DatabaseFailureResolver implements HandlerExceptionResolver, Ordered {

	static final String CODE = "server.database-unavailable";

	private final Refusals refusals;
	private final ShedMeter meter;
	private final CapacityProperties properties;

	DatabaseFailureResolver(Refusals refusals, ShedMeter meter, CapacityProperties properties) {
		this.refusals = refusals;
		this.meter = meter;
		this.properties = properties;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (response.isCommitted() || !DatabaseFailures.causedBy(failure)) {
			return null;
		}
		try {
			// reset, not resetBuffer: headers of a half-written answer (an export's Content-Disposition) must go too
			response.reset();
			meter.databaseUnavailable(request, failure);
			refusals.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, CODE, properties.databaseRetryAfter());
			return new ModelAndView(); // handled: the response is written
		}
		catch (IOException | IllegalStateException e) {
			// Committed meanwhile, or the handler took the writer and the stream cannot be had: write nothing.
			if (!response.isCommitted()) {
				response.reset();
			}
			return null;
		}
	}

	/** Right after Spring Boot's error-attributes resolver (which only records the exception). */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}
}

package vn.tinhso.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.method.HandlerMethod;

import vn.tinhso.fuzz.HostileRequest.Actor;

/**
 * Sends hostile requests through MockMvc into the real application and judges each answer. Where
 * the application only set an error status (as Spring MVC's default resolver does), the servlet
 * container would forward to {@code /error}; MockMvc does not, so that forward is made here and its
 * answer is the one judged. An exception that escapes MockMvc is what the container answers 500.
 */
final class FuzzTarget {

	/** The answer to one request: its status, who answered, and what is wrong with it (nothing, ideally). */
	record Answer(int status, String handler, List<String> problems) {

		/** For the summary a property prints: the status class, and whether a handler or a filter answered. */
		String kind() {
			return status / 100 + "xx from " + (handler == null ? "a filter" : "a handler");
		}
	}

	private final MockMvc mvc;
	private final TableCounts counts;
	private final Map<Actor, RequestPostProcessor> identities;
	/** The counts after the last request when it was refused (and so changed nothing): the next one's "before". */
	private Map<String, Long> lastCounts;

	FuzzTarget(MockMvc mvc, TableCounts counts, Map<Actor, RequestPostProcessor> identities) {
		this.mvc = mvc;
		this.counts = counts;
		this.identities = identities;
	}

	Answer send(HostileRequest request) throws Exception {
		Map<String, Long> before = lastCounts != null ? lastCounts : counts.now();
		lastCounts = null;
		MvcResult result;
		try {
			result = mvc.perform(request.toBuilder(identities.get(request.actor()))).andReturn();
		}
		catch (ServletException | RuntimeException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			return new Answer(500, null, List.of("server error 500: " + cause.getClass().getName() + ": " + cause.getMessage()));
		}
		MockHttpServletResponse response = result.getResponse();
		int status = response.getStatus();
		String handler = result.getHandler() instanceof HandlerMethod h ? h.getBeanType().getSimpleName() : null;
		if (onlyAnErrorStatus(response)) {
			response = errorPage(request, status);
		}
		List<String> problems = new ArrayList<>(ResponseRules.violations(request, ResponseRules.Reply.of(response), handler));
		if (refused(result.getResponse())) {
			lastCounts = counts.now();
			List<String> changed = TableCounts.changes(before, lastCounts);
			if (!changed.isEmpty()) {
				problems.add("refused with " + status + " but the data changed: " + changed);
			}
		}
		if (!problems.isEmpty()) {
			problems.add(0, "answer " + response.getStatus() + " " + response.getContentType() + " from "
					+ (handler == null ? "a filter" : handler));
		}
		return new Answer(status, handler, problems);
	}

	/** A client error, or a redirect to the sign-in page: the request was not carried out. */
	private static boolean refused(MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getHeader("Location");
		return (status >= 400 && status < 500)
				|| (status >= 300 && status < 400 && location != null && location.contains("/login"));
	}

	private static boolean onlyAnErrorStatus(MockHttpServletResponse response) {
		return response.getStatus() >= 400 && response.getContentAsByteArray().length == 0
				&& response.getContentType() == null;
	}

	private MockHttpServletResponse errorPage(HostileRequest request, int status) throws Exception {
		MockHttpServletRequestBuilder forward = MockMvcRequestBuilders.request(request.method(), "/error")
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, request.path());
		request.headers().forEach((name, value) -> {
			if (name.equalsIgnoreCase("Accept") || name.equalsIgnoreCase("Accept-Language")) {
				forward.header(name, value);
			}
		});
		return mvc.perform(forward).andReturn().getResponse();
	}
}

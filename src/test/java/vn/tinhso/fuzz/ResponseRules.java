package vn.tinhso.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What every answer to hostile input must look like: never a server error, never a trace of the
 * implementation (exception class names, stack frames, SQL errors) in the body or the headers, no
 * header split by CR/LF, and refusals in the format the API promises: problem details with a
 * {@code code} under {@code /api/}, the GeoReport error list under {@code /open311/}.
 */
final class ResponseRules {

	private static final Pattern LEAK = Pattern.compile(String.join("|",
			"\\b(?:java|javax|jakarta|org|com|tools|vn|io|net)\\.[a-z][\\w.]*\\.[A-Z]\\w*", // a qualified class name
			"\\b[A-Z]\\w*(?:Exception|Throwable)\\b", // an exception's simple name
			"\\bat [\\w$.]+\\([\\w$]+\\.java(?::\\d+)?\\)", // a stack frame
			"Caused by:", "\\bSQLSTATE\\b", "\\bSQL state\\b", "\\bnested exception\\b", "Whitelabel Error Page",
			"\\bERROR: (?:syntax|invalid|duplicate|value|null|column|relation|insert|update|permission)")); // PostgreSQL

	private ResponseRules() {
	}

	/** An answer as the rules see it, from MockMvc or from the real server. */
	record Reply(int status, String contentType, Map<String, List<String>> headers, byte[] body) {

		static Reply of(MockHttpServletResponse response) {
			Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
			response.getHeaderNames().forEach(name -> headers.put(name, response.getHeaders(name)));
			return new Reply(response.getStatus(), response.getContentType(), headers, response.getContentAsByteArray());
		}

		static Reply of(java.net.http.HttpResponse<byte[]> response) {
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					response.headers().map(), response.body());
		}

		/** Tomcat's own page for a request it refused before the application saw it (a broken URL). */
		boolean fromTheContainer() {
			return status == 400 && contentType != null && contentType.startsWith("text/html")
					&& new String(body, StandardCharsets.UTF_8).contains("<title>HTTP Status 400");
		}
	}

	/**
	 * @param handler the simple name of the handler that took the request, or {@code null} when a
	 *        filter answered before any handler (or it is not known)
	 */
	static List<String> violations(HostileRequest request, Reply reply, String handler) {
		return violations(request.endpoint(), request.path(), request.headers().getOrDefault("Accept", ""),
				request.sentText(), reply, handler);
	}

	static List<String> violations(Endpoint endpoint, String path, String accept, String sent, Reply reply,
			String handler) {
		List<String> problems = new ArrayList<>();
		int status = reply.status();
		if (status >= 500) {
			problems.add("server error " + status);
		}
		reply.headers().forEach((name, values) -> {
			for (String value : values) {
				if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
					problems.add("header " + name + " carries CR/LF: " + HostileRequest.shorten(value));
				}
				leak(sent, "header " + name, value).ifPresent(problems::add);
			}
		});
		String body = textBody(reply);
		if (body != null) {
			leak(sent, "body", body).ifPresent(problems::add);
		}
		if (status >= 400 && status < 500 && !reply.fromTheContainer()) {
			if (endpoint.isOpen311() && "Open311Api".equals(handler)) {
				problems.addAll(open311Errors(path, status, body));
			}
			else if (endpoint.isApi() && !accept.startsWith("text/html")) {
				// A browser asking for HTML may get the friendly error page; every other client gets problem details.
				problems.addAll(problemDetails(reply, body));
			}
		}
		return problems;
	}

	/** The first implementation detail in the text that the request did not send itself (echoed input is fine). */
	private static java.util.Optional<String> leak(String sent, String where, String text) {
		Matcher m = LEAK.matcher(text);
		while (m.find()) {
			if (!sent.contains(m.group())) {
				int from = Math.max(0, m.start() - 40);
				return java.util.Optional.of(where + " shows the implementation: …"
						+ HostileRequest.shorten(text.substring(from, Math.min(text.length(), m.end() + 40))) + "…");
			}
		}
		return java.util.Optional.empty();
	}

	private static List<String> problemDetails(Reply reply, String body) {
		String type = reply.contentType();
		if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
			return List.of("refusal " + reply.status() + " is not application/problem+json but " + type);
		}
		try {
			Map<String, Object> problem = JsonPath.read(body, "$");
			Object code = problem.get("code");
			List<String> problems = new ArrayList<>();
			if (!(code instanceof String c) || c.isBlank()) {
				problems.add("problem details without a code: " + HostileRequest.shorten(body));
			}
			else if (c.equals(problem.get("detail"))) {
				problems.add("problem code " + c + " has no message in messages.properties");
			}
			if (!Integer.valueOf(reply.status()).equals(problem.get("status"))) {
				problems.add("problem status " + problem.get("status") + " differs from HTTP " + reply.status());
			}
			return problems;
		}
		catch (RuntimeException e) {
			return List.of("problem details are not a JSON object: " + HostileRequest.shorten(body));
		}
	}

	private static List<String> open311Errors(String path, int code, String body) {
		String status = String.valueOf(code);
		if (path.endsWith(".xml")) {
			return body != null && body.contains("<errors>") && body.contains("<code>" + status + "</code>")
					&& body.contains("<description>") ? List.of()
							: List.of("Open311 XML refusal is not an <errors> list: " + HostileRequest.shorten(body));
		}
		try {
			List<Object> codes = JsonPath.read(body, "$[*].code");
			List<Object> descriptions = JsonPath.read(body, "$[*].description");
			boolean ok = !codes.isEmpty() && codes.stream().allMatch(c -> status.equals(String.valueOf(c)))
					&& descriptions.size() == codes.size();
			return ok ? List.of() : List.of("Open311 JSON refusal is not an error list: " + HostileRequest.shorten(body));
		}
		catch (RuntimeException e) {
			return List.of("Open311 JSON refusal is not JSON: " + HostileRequest.shorten(body));
		}
	}

	private static String textBody(Reply reply) {
		String type = reply.contentType();
		boolean text = type == null || type.startsWith("text/") || type.contains("json") || type.contains("xml")
				|| type.contains("javascript") || reply.status() >= 400;
		return text ? new String(reply.body(), StandardCharsets.UTF_8) : null;
	}
}

package vn.tinhso.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details: {@code type} is {@code urn:tinhso:problem:<code>}, {@code code}
 * repeats the stable code for clients that only read JSON properties, {@code title}/{@code detail}
 * are in the request's language, {@code errors} lists field problems.
 */
@Component
public class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail of(HttpServletRequest request, HttpStatusCode status, String code, Object... args) {
		return of(request, status, code, List.of(), args);
	}

	public ProblemDetail of(HttpServletRequest request, HttpStatusCode status, String code,
			List<FieldProblem> fields, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("urn:tinhso:problem:" + code));
		problem.setTitle(message("title." + status.value(), new Object[0], message("error.request.failed")));
		problem.setDetail(message(code, args));
		problem.setProperty("code", code);
		if (request != null) {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		if (!fields.isEmpty()) {
			problem.setProperty("errors", fields.stream()
					.map(f -> Map.of("field", f.field(), "code", f.code(), "message", message(f.code(), f.args())))
					.toList());
		}
		return problem;
	}

	/** The localized text of a problem code ({@code error.<code>} in the message bundles). */
	public String message(String code, Object... args) {
		return message("error." + code, args, code);
	}

	/** Field problems of a refusal as field → localized messages, for re-rendering a form. */
	public java.util.Map<String, java.util.List<String>> byField(DomainException e) {
		java.util.Map<String, java.util.List<String>> errors = new java.util.LinkedHashMap<>();
		for (FieldProblem p : e.fieldProblems()) {
			errors.computeIfAbsent(p.field(), k -> new java.util.ArrayList<>()).add(message(p.code(), p.args()));
		}
		if (e.fieldProblems().isEmpty()) {
			errors.put("_global", java.util.List.of(message(e.code(), e.args())));
		}
		return errors;
	}

	private String message(String key, Object[] args, String fallback) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, fallback, locale);
	}
}

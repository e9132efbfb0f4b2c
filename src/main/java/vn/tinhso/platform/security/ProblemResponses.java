package vn.tinhso.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.platform.Problems;

/** 401, 403 and firewall refusals (400) as RFC 9457 problem details, in the request's language. */
@Component
class ProblemResponses {

	private final Problems problems;
	private final JsonMapper json;
	private final LocaleResolver locales;

	ProblemResponses(Problems problems, JsonMapper json, LocaleResolver locales) {
		this.problems = problems;
		this.json = json;
		this.locales = locales;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"TinhSo\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "auth.required");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "access.denied");
	}

	/** A request the firewall refused: answered here, since the container's error page would refuse it again. */
	void rejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.BAD_REQUEST, "request.malformed");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		// Security filters run before the DispatcherServlet has resolved the request's language.
		LocaleContextHolder.setLocale(locales.resolveLocale(request));
		ProblemDetail problem = problems.of(request, status, code);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}

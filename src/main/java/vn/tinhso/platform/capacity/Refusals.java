package vn.tinhso.platform.capacity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.platform.Problems;

/**
 * Writes a refusal (503 or 429, always with Retry-After) in the caller's language and format: Open311's
 * error list under {@code /open311/}, a small page for browsers, RFC 9457 problem details for
 * everyone else. Nothing here touches the database or the template engine: it must stay cheap
 * exactly when the server is at its limit.
 */
final class Refusals {

	private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;"
			+ "padding:0 1rem;color:#212529;line-height:1.5}h1{font-size:1.5rem}code{color:#6c757d}";
	private static final String PAGE_CSP = "default-src 'none'; style-src '" + sha256(STYLE)
			+ "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private final Problems problems;
	private final MessageSource messages;
	private final LocaleResolver locales;
	private final JsonMapper json;

	Refusals(Problems problems, MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.problems = problems;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			Duration retryAfter) throws IOException {
		long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		// Runs before the DispatcherServlet has resolved the request's language.
		LocaleContextHolder.setLocale(locales.resolveLocale(request));
		try {
			ProblemDetail problem = problems.of(request, status, code, seconds);
			problem.setProperty("retryAfter", seconds);
			response.setStatus(status.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			String path = LaneRouter.pathOf(request);
			if (path.startsWith("/open311/")) {
				open311(response, path, status, problem.getDetail());
			}
			else if (!path.startsWith("/api/") && wantsHtml(request)) {
				page(request, response, status, code, problem);
			}
			else {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				json.writeValue(response.getOutputStream(), problem);
			}
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	/** GeoReport v2 errors: {@code [{"code":503,"description":"…"}]}, or the XML form for {@code .xml}. */
	private void open311(HttpServletResponse response, String path, HttpStatus status, String description)
			throws IOException {
		if (path.toLowerCase(Locale.ROOT).endsWith(".xml")) {
			response.setContentType("text/xml;charset=UTF-8");
			response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>"
					+ status.value() + "</code><description>" + escape(description)
					+ "</description></error></errors>").getBytes(StandardCharsets.UTF_8));
			return;
		}
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status.value());
		error.put("description", description);
		response.setContentType("application/json;charset=UTF-8");
		json.writeValue(response.getOutputStream(), List.of(error));
	}

	private void page(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			ProblemDetail problem) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		String html = "<!DOCTYPE html><html lang=\"" + escape(locale.getLanguage()) + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
				+ escape(problem.getTitle()) + " – TinhSo</title><style>" + STYLE + "</style></head><body><main>"
				+ "<h1>" + escape(problem.getTitle()) + "</h1><p>" + escape(problem.getDetail()) + "</p>"
				+ "<p><small>" + escape(text("error.page.code", "Mã lỗi", locale)) + ": <code>" + status.value() + " "
				+ escape(code) + "</code></small></p><p><a href=\"" + escape(request.getContextPath()) + "/\">"
				+ escape(text("error.page.home", "Về trang chủ", locale)) + "</a></p></main></body></html>";
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		response.setHeader("Content-Security-Policy", PAGE_CSP);
		response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
	}

	/** Browsers name text/html in Accept; API clients send JSON types or nothing. */
	static boolean wantsHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(accept).stream()
					.anyMatch(t -> !t.isWildcardType() && !t.isWildcardSubtype() && t.getQualityValue() > 0
							&& (MediaType.TEXT_HTML.includes(t) || MediaType.APPLICATION_XHTML_XML.includes(t)));
		}
		catch (InvalidMediaTypeException e) {
			return false;
		}
	}

	private String text(String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return "sha256-" + Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

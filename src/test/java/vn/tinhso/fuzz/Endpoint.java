package vn.tinhso.fuzz;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;

/**
 * One handler method as the fuzzer sees it: the URL pattern, the methods it answers, and the names of
 * the inputs it reads (path variables, query or form parameters, headers, JSON properties, file parts).
 * {@code library} marks a handler a library brings (springdoc's API documentation): it takes no input
 * of ours and its first answer per language costs seconds, so only the sweep visits it, as a guest.
 */
record Endpoint(String pattern, List<HttpMethod> methods, List<String> parameters, List<String> headers,
		Body body, List<String> jsonProperties, List<String> fileParts, String handler, boolean library) {

	/** What the handler reads from the request body. */
	enum Body { NONE, JSON, RAW, MULTIPART }

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");

	boolean isApi() {
		return pattern.startsWith("/api/");
	}

	boolean isOpen311() {
		return pattern.startsWith("/open311/");
	}

	/** Path variable names in order, without their regular expressions. */
	List<String> pathVariables() {
		Matcher m = VARIABLE.matcher(pattern);
		List<String> names = new java.util.ArrayList<>();
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/**
	 * The values a variable is restricted to by its pattern ({@code {format:json|xml}}), or none when
	 * it takes anything: a restricted one gets an allowed value, or the request never reaches the handler.
	 */
	List<String> choices(String variable) {
		Matcher m = VARIABLE.matcher(pattern);
		while (m.find()) {
			if (m.group(1).equals(variable) && m.group(2) != null && m.group(2).matches("[\\w|]+")) {
				return List.of(m.group(2).split("\\|"));
			}
		}
		return List.of();
	}

	/** The path with every variable filled in by {@code encodedValue} (a trailing {@code /**} becomes one segment). */
	String expand(java.util.function.Function<String, String> encodedValue) {
		Matcher m = VARIABLE.matcher(pattern.replace("/**", "/x"));
		StringBuilder path = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(path, Matcher.quoteReplacement(encodedValue.apply(m.group(1))));
		}
		m.appendTail(path);
		return path.toString();
	}

	@Override
	public String toString() {
		return methods + " " + pattern + " (" + handler + ")";
	}
}

package vn.tinhso.fuzz;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriUtils;

/**
 * One generated request. Everything is kept as data so that a failure prints all of it; a CSRF
 * token is always added so the request reaches the handler instead of the CSRF filter.
 */
record HostileRequest(Endpoint endpoint, HttpMethod method, Actor actor, Map<String, String> pathValues,
		List<Map.Entry<String, String>> query, List<Map.Entry<String, String>> form, Map<String, String> headers,
		String contentType, byte[] body, List<Upload> uploads) {

	/** Who sends the request. */
	enum Actor { ANONYMOUS, CITIZEN, OFFICIAL }

	/** A file part of a multipart request. */
	record Upload(String part, String fileName, String contentType, byte[] content) {

		@Override
		public String toString() {
			return part + "=" + HostileRequest.shorten(fileName) + " (" + contentType + ", " + content.length + " bytes)";
		}
	}

	/** This request with the {@code i}-th form field's value replaced. */
	HostileRequest withForm(int i, String value) {
		List<Map.Entry<String, String>> changed = new java.util.ArrayList<>(form);
		changed.set(i, Map.entry(form.get(i).getKey(), value));
		return new HostileRequest(endpoint, method, actor, pathValues, query, changed, headers, contentType, body, uploads);
	}

	/** This request without its {@code i}-th form field. */
	HostileRequest withoutForm(int i) {
		List<Map.Entry<String, String>> changed = new java.util.ArrayList<>(form);
		changed.remove(i);
		return new HostileRequest(endpoint, method, actor, pathValues, query, changed, headers, contentType, body, uploads);
	}

	/** This request with its first file replaced. */
	HostileRequest withUpload(Upload upload) {
		List<Upload> changed = new java.util.ArrayList<>(uploads);
		changed.set(0, upload);
		return new HostileRequest(endpoint, method, actor, pathValues, query, form, headers, contentType, body, changed);
	}

	HostileRequest withHeader(String name, String value) {
		Map<String, String> changed = new java.util.LinkedHashMap<>(headers);
		changed.put(name, value);
		return new HostileRequest(endpoint, method, actor, pathValues, query, form, changed, contentType, body, uploads);
	}

	String path() {
		return endpoint.expand(name -> UriUtils.encodePathSegment(pathValues.getOrDefault(name, "x"), StandardCharsets.UTF_8));
	}

	URI uri() {
		StringBuilder uri = new StringBuilder(path());
		String sep = "?";
		for (Map.Entry<String, String> p : query) {
			uri.append(sep).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
			sep = "&";
		}
		return URI.create(uri.toString());
	}

	AbstractMockHttpServletRequestBuilder<?> toBuilder(RequestPostProcessor identity) {
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (!uploads.isEmpty()) {
			MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(method, uri());
			uploads.forEach(u -> multipart.file(new MockMultipartFile(u.part(), u.fileName(), u.contentType(), u.content())));
			builder = multipart;
		}
		else {
			builder = MockMvcRequestBuilders.request(method, uri());
		}
		form.forEach(p -> builder.param(p.getKey(), p.getValue()));
		headers.forEach(builder::header);
		if (body != null) {
			builder.content(body);
		}
		if (contentType != null && uploads.isEmpty()) {
			// Set on the request itself: the builder would parse (and reject) an odd media type first.
			builder.with(request -> {
				request.setContentType(contentType);
				request.addHeader("Content-Type", contentType);
				return request;
			});
		}
		return builder.with(csrf()).with(identity);
	}

	/** Everything the request carried, to tell an echo of the input from a leak of the implementation. */
	String sentText() {
		StringBuilder s = new StringBuilder();
		pathValues.values().forEach(v -> s.append(v).append('\n'));
		query.forEach(p -> s.append(p.getKey()).append('=').append(p.getValue()).append('\n'));
		form.forEach(p -> s.append(p.getKey()).append('=').append(p.getValue()).append('\n'));
		headers.values().forEach(v -> s.append(v).append('\n'));
		if (body != null) {
			s.append(new String(body, StandardCharsets.UTF_8));
		}
		uploads.forEach(u -> s.append(u.fileName()).append('\n'));
		return s.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String shorten(String value) {
		if (value == null) {
			return "null";
		}
		String escaped = value.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
		return escaped.length() <= 80 ? escaped : escaped.substring(0, 60) + "…(" + value.length() + " chars)";
	}

	@Override
	public String toString() {
		StringBuilder s = new StringBuilder(actor + " " + method + " " + shorten(path()));
		query.forEach(p -> s.append("\n  query ").append(shorten(p.getKey())).append('=').append(shorten(p.getValue())));
		form.forEach(p -> s.append("\n  form ").append(shorten(p.getKey())).append('=').append(shorten(p.getValue())));
		headers.forEach((k, v) -> s.append("\n  header ").append(k).append(": ").append(shorten(v)));
		if (contentType != null) {
			s.append("\n  content-type ").append(shorten(contentType));
		}
		if (body != null) {
			s.append("\n  body ").append(shorten(new String(body, StandardCharsets.UTF_8)));
		}
		uploads.forEach(u -> s.append("\n  file ").append(u));
		return s.append("\n  handler ").append(endpoint.handler()).toString();
	}
}

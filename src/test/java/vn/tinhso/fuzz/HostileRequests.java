package vn.tinhso.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;

import vn.tinhso.fuzz.HostileRequest.Actor;
import vn.tinhso.fuzz.HostileRequest.Upload;

/**
 * Generates hostile requests for the endpoints of the application, one generator per input channel
 * (path and query, form fields, JSON bodies, file uploads), and a deterministic one for the sweep
 * that visits every endpoint once.
 */
final class HostileRequests {

	/** Parameter names almost every list or search endpoint reads; sent even where none is declared. */
	static final List<String> COMMON_PARAMETERS = List.of("page", "size", "page_size", "q", "sort", "status", "agency",
			"from", "to", "year", "limit", "offset", "lang");
	static final List<String> ACCEPTS = List.of("application/json", "application/problem+json", "*/*", "text/html",
			"application/xml", "text/plain", "image/png", "garbage", "application/json;q=abc", "text/html;q=0.1, */*",
			"");
	static final List<String> CONTENT_TYPES = List.of("application/json", "application/json;charset=UTF-8",
			"application/json; charset=klingon", "text/plain", "application/xml", "text/xml",
			"application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=",
			"application/octet-stream", "*/*", "garbage", "application/geo+json", "text/csv", "",
			"application/json\r\nX-Injected: 1");
	static final List<String> FILE_PARTS = List.of("file", "files", "photo", "photos", "image", "keystore", "attachments",
			"component-TP1", "component-../../x");
	static final List<String> FILE_TYPES = List.of("application/pdf", "image/png", "image/jpeg", "text/html",
			"application/x-msdownload", "application/octet-stream", "", "garbage/", "image/svg+xml");

	/** Officials reach the most endpoints, citizens fewer, guests the fewest: weighted so most requests get past sign-in. */
	private static final Gen<Actor> ACTORS = Gen.weighted(1, Gen.just(Actor.ANONYMOUS))
			.or(2, Gen.just(Actor.CITIZEN)).or(3, Gen.just(Actor.OFFICIAL));
	/** JSON bodies are read almost only by staff endpoints. */
	private static final Gen<Actor> MOSTLY_OFFICIALS = Gen.weighted(1, Gen.just(Actor.ANONYMOUS))
			.or(1, Gen.just(Actor.CITIZEN)).or(6, Gen.just(Actor.OFFICIAL));
	private static final Gen<Body> NO_BODY = Gen.just(new Body(null, null));
	private static final Gen<List<Map.Entry<String, String>>> NO_ENTRIES = Gen.just(List.of());
	private static final Gen<List<Upload>> NO_UPLOADS = Gen.just(List.of());

	private final List<Endpoint> endpoints;
	private final List<String> wellFormed;
	private final Gen<String> hostileText;

	HostileRequests(List<Endpoint> endpoints, List<String> wellFormed) {
		this.endpoints = endpoints.stream().filter(e -> !e.library()).toList();
		this.wellFormed = wellFormed;
		this.hostileText = HostileValues.text(wellFormed);
	}

	/** A request body and its content type (both null when none is sent). */
	private record Body(String contentType, byte[] bytes) {
	}

	/** Any endpoint, hostile path variables, query parameters and headers. */
	Gen<HostileRequest> pathAndQuery() {
		return Gen.of(endpoints).flatMap(e -> request(e, ACTORS, entries(e, 6), NO_ENTRIES, NO_BODY, NO_UPLOADS));
	}

	/** Endpoints that take a body: hostile form fields, sometimes under an odd content type. */
	Gen<HostileRequest> forms() {
		Gen<Body> contentType = Gen.weighted(4, Gen.just("application/x-www-form-urlencoded"))
				.or(1, Gen.of(CONTENT_TYPES)).map(t -> new Body(t, null));
		return Gen.of(writable()).flatMap(e -> request(e, ACTORS, NO_ENTRIES, entries(e, 8), contentType, NO_UPLOADS));
	}

	/** Endpoints that read a body: broken or ill-typed JSON and raw bytes, under the right or an odd type. */
	Gen<HostileRequest> jsonBodies() {
		List<Endpoint> targets = endpoints.stream()
				.filter(e -> e.body() == Endpoint.Body.JSON || e.body() == Endpoint.Body.RAW).toList();
		Gen<String> contentType = Gen.weighted(4, Gen.just("application/json")).or(1, Gen.of(CONTENT_TYPES));
		return Gen.of(targets).flatMap(e -> {
			Gen<byte[]> bytes = HostileJson.bodies(e.jsonProperties(), wellFormed);
			Gen<Body> body = r -> new Body(contentType.next(r), bytes.next(r));
			return request(e, MOSTLY_OFFICIALS, entries(e, 2), NO_ENTRIES, body, NO_UPLOADS);
		});
	}

	/** Endpoints that take files (now and then one that does not): hostile names, types and contents. */
	Gen<HostileRequest> uploads() {
		List<Endpoint> multipart = endpoints.stream().filter(e -> e.body() == Endpoint.Body.MULTIPART).toList();
		return Gen.weighted(5, Gen.of(multipart)).or(1, Gen.of(writable()))
				.flatMap(e -> request(e, ACTORS, NO_ENTRIES, entries(e, 8), NO_BODY, files(e)));
	}

	/**
	 * A request that would be accepted, with one thing made hostile: a field's value, a missing field,
	 * the file's name, content or type, or a header. This reaches the code past the first validation.
	 */
	Gen<HostileRequest> oneHostileValue(List<HostileRequest> valid) {
		Gen<String> header = Gen.of("Idempotency-Key", "If-Match", "Accept", "Accept-Language");
		return Gen.of(valid).flatMap(r -> {
			List<Gen<HostileRequest>> changes = new ArrayList<>();
			if (!r.form().isEmpty()) {
				Gen<Integer> field = Gen.between(0, r.form().size() - 1);
				changes.add(g -> r.withForm(field.next(g), hostileText.next(g)));
				changes.add(field.map(r::withoutForm));
			}
			if (!r.uploads().isEmpty()) {
				Upload f = r.uploads().get(0);
				changes.add(HostileValues.fileNames().map(n -> r.withUpload(new Upload(f.part(), n, f.contentType(), f.content()))));
				changes.add(HostileValues.fileContents().map(c -> r.withUpload(new Upload(f.part(), f.fileName(), f.contentType(), c))));
				changes.add(Gen.of(FILE_TYPES).map(t -> r.withUpload(new Upload(f.part(), f.fileName(), t, f.content()))));
			}
			changes.add(g -> r.withHeader(header.next(g), hostileText.next(g)));
			return Gen.oneOf(changes);
		});
	}

	/** A GET through the real server, its path and query already encoded (so they can carry broken bytes). */
	record RawGet(Endpoint endpoint, Actor actor, String path, String query, String accept) {

		String pathAndQuery() {
			return query.isEmpty() ? path : path + "?" + query;
		}

		@Override
		public String toString() {
			return actor + " GET " + HostileRequest.shorten(pathAndQuery()) + " (Accept: " + accept + ", handler "
					+ endpoint.handler() + ")";
		}
	}

	/** Endpoints that answer GET, with raw percent-encoded hostile bytes in the path and the query. */
	Gen<RawGet> rawGets() {
		// A lone surrogate has no UTF-8 form, so no URL carries one: it arrives as U+FFFD, as a decoder would make it.
		Gen<String> text = hostileText.map(v -> v.replaceAll("\\p{Cs}", "\uFFFD"));
		Gen<String> segment = Gen.weighted(3, Gen.of(HostileValues.PERCENT_ENCODED))
				.or(2, text.map(v -> UriUtils.encodePathSegment(v, StandardCharsets.UTF_8)));
		Gen<String> queryValue = Gen.weighted(3, Gen.of(HostileValues.PERCENT_ENCODED))
				.or(2, text.map(v -> UriUtils.encodeQueryParam(v, StandardCharsets.UTF_8)));
		Gen<String> accepts = Gen.of("application/json", "*/*", "text/html");
		List<Endpoint> reads = endpoints.stream().filter(e -> e.methods().contains(HttpMethod.GET)).toList();
		return Gen.of(reads).flatMap(e -> {
			Set<String> names = new LinkedHashSet<>(e.parameters());
			names.addAll(COMMON_PARAMETERS);
			Gen<String> name = Gen.of(List.copyOf(names));
			Gen<String> pair = r -> name.next(r) + "=" + queryValue.next(r);
			Gen<String> query = pair.list(0, 4).map(l -> String.join("&", l));
			return r -> {
				String path = e.expand(v -> e.choices(v).isEmpty() ? segment.next(r) : Gen.of(e.choices(v)).next(r));
				return new RawGet(e, ACTORS.next(r), path, query.next(r), accepts.next(r));
			};
		});
	}

	private List<Endpoint> writable() {
		return endpoints.stream().filter(e -> e.methods().stream().anyMatch(m -> m != HttpMethod.GET)).toList();
	}

	private Gen<HostileRequest> request(Endpoint e, Gen<Actor> actors, Gen<List<Map.Entry<String, String>>> query,
			Gen<List<Map.Entry<String, String>>> form, Gen<Body> body, Gen<List<Upload>> uploads) {
		Gen<HttpMethod> method = Gen.weighted(12, Gen.of(e.methods()))
				.or(1, Gen.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH));
		Gen<Map<String, String>> pathValues = pathValues(e);
		Gen<Map<String, String>> headers = headers(e);
		return r -> {
			Body b = body.next(r);
			return new HostileRequest(e, method.next(r), actors.next(r), pathValues.next(r), query.next(r), form.next(r),
					headers.next(r), b.contentType(), b.bytes(), uploads.next(r));
		};
	}

	private Gen<Map<String, String>> pathValues(Endpoint e) {
		return r -> {
			Map<String, String> map = new LinkedHashMap<>();
			for (String name : e.pathVariables()) {
				map.put(name, e.choices(name).isEmpty() ? hostileText.next(r) : Gen.of(e.choices(name)).next(r));
			}
			return map;
		};
	}

	/** Parameters: mostly the handler's own names, sometimes common or hostile ones, each with a hostile value. */
	private Gen<List<Map.Entry<String, String>>> entries(Endpoint e, int max) {
		Set<String> known = new LinkedHashSet<>(e.parameters());
		known.addAll(COMMON_PARAMETERS);
		Gen<String> names = Gen.weighted(8, Gen.of(List.copyOf(known))).or(1, hostileText);
		Gen<Map.Entry<String, String>> entry = r -> Map.entry(names.next(r), hostileText.next(r));
		return entry.list(0, max);
	}

	private Gen<Map<String, String>> headers(Endpoint e) {
		Set<String> names = new LinkedHashSet<>(e.headers());
		names.addAll(List.of("Idempotency-Key", "If-Match", "X-Forwarded-For", "Accept-Language", "Referer"));
		Gen<String> name = Gen.of(List.copyOf(names));
		Gen<Map.Entry<String, String>> header = r -> Map.entry(name.next(r), hostileText.next(r));
		Gen<List<Map.Entry<String, String>>> extra = header.list(0, 2);
		Gen<String> accept = Gen.of(ACCEPTS);
		return r -> {
			Map<String, String> map = new LinkedHashMap<>();
			map.put("Accept", accept.next(r));
			extra.next(r).forEach(h -> map.put(h.getKey(), h.getValue()));
			return map;
		};
	}

	private Gen<List<Upload>> files(Endpoint e) {
		Set<String> parts = new LinkedHashSet<>(e.fileParts());
		parts.addAll(FILE_PARTS);
		Gen<String> part = Gen.of(List.copyOf(parts));
		Gen<String> names = HostileValues.fileNames();
		Gen<String> types = Gen.of(FILE_TYPES);
		Gen<byte[]> contents = HostileValues.fileContents();
		Gen<Upload> upload = r -> new Upload(part.next(r), names.next(r), types.next(r), contents.next(r));
		return upload.list(1, 3);
	}

	/**
	 * The sweep's request for one endpoint, method and actor: every declared input set to the
	 * {@code n}-th fixed hostile value onwards, so each run sends the same requests.
	 */
	static HostileRequest sweep(Endpoint e, HttpMethod method, Actor actor, int n) {
		List<String> fixed = HostileValues.FIXED;
		int[] next = { n };
		java.util.function.Supplier<String> value = () -> fixed.get(Math.floorMod(next[0]++ * 7, fixed.size()));
		Map<String, String> path = new LinkedHashMap<>();
		e.pathVariables().forEach(v -> path.put(v, e.choices(v).isEmpty() ? value.get()
				: e.choices(v).get(Math.floorMod(n, e.choices(v).size()))));
		List<Map.Entry<String, String>> params = new ArrayList<>();
		e.parameters().forEach(p -> params.add(Map.entry(p, value.get())));
		params.add(Map.entry("page", "-1"));
		params.add(Map.entry("size", "2147483648"));
		boolean read = method == HttpMethod.GET;
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", ACCEPTS.get(Math.floorMod(n, 4)));
		e.headers().forEach(h -> headers.put(h, value.get()));
		String contentType = null;
		byte[] body = null;
		if (!read && e.body() == Endpoint.Body.JSON) {
			contentType = "application/json";
			body = e.jsonProperties().stream().map(p -> HostileJson.string(p) + ":" + HostileJson.string(value.get()))
					.collect(Collectors.joining(",", "{", "}")).getBytes(StandardCharsets.UTF_8);
		}
		else if (!read && e.body() == Endpoint.Body.RAW) {
			contentType = "application/json";
			body = HostileValues.brokenUtf8();
		}
		List<Upload> uploads = new ArrayList<>();
		if (!read && e.body() == Endpoint.Body.MULTIPART) {
			Set<String> parts = new LinkedHashSet<>(e.fileParts());
			parts.add("files");
			parts.forEach(p -> uploads.add(new Upload(p, "../../etc/passwd", "application/pdf",
					HostileValues.concat("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), HostileValues.brokenUtf8()))));
		}
		return new HostileRequest(e, method, actor, path, read ? params : List.of(), read ? List.of() : params, headers,
				contentType, body, uploads);
	}
}

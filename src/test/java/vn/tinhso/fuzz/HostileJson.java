package vn.tinhso.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JSON bodies that are broken (truncated, not UTF-8, nested past any sane depth, numbers past any
 * type) or well formed with the wrong types and hostile values in the handler's own properties.
 */
final class HostileJson {

	private HostileJson() {
	}

	static Gen<byte[]> bodies(List<String> properties, List<String> wellFormed) {
		Gen<String> objects = objects(properties, wellFormed);
		return Gen.weighted(2, broken())
				.or(5, objects.map(HostileJson::utf8))
				.or(1, objects.list(0, 3).map(list -> utf8("[" + String.join(",", list) + "]")));
	}

	private static Gen<byte[]> broken() {
		return Gen.oneOf(
				Gen.of("", "{", "}", "[", "{\"a\":}", "{\"a\" 1}", "[1,2", "nul", "null", "\"text\"", "123",
						"{'single': 'quotes'}", "{\"a\":1,\"a\":2}", "{/* comment */}", "\uFEFF{}", "{\"a\":\"\\uD800\"}",
						"{\"a\":\"\\u0000\"}", "{\"a\":01}", "{\"a\":1e99999}", "{\"__proto__\":{\"admin\":true}}",
						"{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"id\"]}")
						.map(HostileJson::utf8),
				Gen.between(1_001, 5_000).map(n -> utf8("{\"n\":" + "9".repeat(n) + "}")),
				Gen.between(1_001, 4_000).map(n -> utf8("[".repeat(n) + "]".repeat(n))),
				Gen.between(1_001, 4_000).map(n -> utf8("{\"a\":".repeat(n) + "1" + "}".repeat(n))),
				Gen.just(HostileValues.concat(utf8("{\"name\":\""), HostileValues.concat(HostileValues.brokenUtf8(),
						utf8("\"}")))),
				Gen.bytes(200));
	}

	/** Objects with the handler's property names (sometimes repeated, sometimes hostile) and hostile values. */
	private static Gen<String> objects(List<String> properties, List<String> wellFormed) {
		Gen<String> names = properties.isEmpty() ? HostileValues.text(wellFormed)
				: Gen.weighted(6, Gen.of(properties)).or(1, HostileValues.text(wellFormed));
		Gen<String> values = values(wellFormed, 2);
		Gen<String> member = r -> string(names.next(r)) + ":" + values.next(r);
		return member.list(0, Math.max(3, properties.size() + 1)).map(members -> "{" + String.join(",", members) + "}");
	}

	private static Gen<String> values(List<String> wellFormed, int depth) {
		Gen<String> scalar = Gen.oneOf(
				HostileValues.text(wellFormed).map(HostileJson::string),
				Gen.of("true", "false", "null", "0", "-1", "1.5e308", "-9223372036854775809",
						"123456789012345678901234567890", "[]", "{}", "[null]", "\"\""));
		if (depth == 0) {
			return scalar;
		}
		Gen<String> inner = values(wellFormed, depth - 1);
		return Gen.weighted(6, scalar)
				.or(1, inner.list(0, 3).map(l -> "[" + String.join(",", l) + "]"))
				.or(1, inner.map(v -> "{\"x\":" + v + "}"));
	}

	/** A JSON string literal; lone surrogates and controls escaped as \\u so the body stays valid JSON. */
	static String string(String value) {
		StringBuilder s = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> s.append("\\\"");
				case '\\' -> s.append("\\\\");
				default -> {
					if (c < 0x20 || Character.isSurrogate(c)) {
						s.append(String.format("\\u%04x", (int) c));
					}
					else {
						s.append(c);
					}
				}
			}
		}
		return s.append('"').toString();
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}
}

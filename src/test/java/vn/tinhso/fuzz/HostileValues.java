package vn.tinhso.fuzz;

import java.math.BigInteger;
import java.util.List;

/**
 * Values an attacker or a broken client sends: injection strings (SQL, HTML/script, CRLF for
 * headers, Thymeleaf/SpEL/EL templates), path traversal, control and null characters, broken
 * UTF-16 (what broken UTF-8 decodes to), wrong types, huge and negative numbers, impossible
 * dates, oversized text. A few well-formed identifiers are mixed in so that requests reach past
 * the first lookup into the deeper code.
 */
final class HostileValues {

	/** A fixed list the endpoint sweep walks through; the properties draw from it and from random text. */
	static final List<String> FIXED = List.of(
			"' OR '1'='1", "1; DROP TABLE account; --", "x' UNION SELECT username, password_hash FROM account --",
			"%' AND pg_sleep(5) IS NULL --", "\\'; select 1; --",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
			"<svg/onload=alert(1)>", "</textarea><h1>x</h1>",
			"${7*7}", "#{7*7}", "*{7*7}", "[[${7*7}]]", "[(${T(java.lang.Runtime).getRuntime().exec('id')})]",
			"__${T(java.lang.System).getenv()}__::.x", "@{/x(a=${7*7})}", "~{::html}", "{{7*7}}", "<%= 7*7 %>",
			"a\r\nSet-Cookie: injected=1", "x\r\nLocation: http://127.0.0.1/", "\r\n\r\n<html>", "%0d%0aX-Injected:%201",
			"../../etc/passwd", "..\\..\\..\\windows\\win.ini", "....//....//etc/passwd", "/etc/passwd",
			"%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%c0%af..%c0%afetc", "file:///etc/passwd",
			"\u0000", "a\u0000b", "\u0000../../etc/passwd", "\u0007\u0008\u001b[31m", "\t\n\u000b\f\r",
			"\uD800", "x\uDC00y", "\uFFFD\uFFFD", "\uFEFF", "\u202Egnp.exe", "\u200B\u200D", "e\u0301\u0301\u0301",
			"😀🇻🇳", "Nguyễn Văn Ấn", "ＡＢＣ", "İı",
			"", " ", "null", "undefined", "NaN", "Infinity", "-Infinity", "true", "[]", "{}", "[object Object]",
			"0", "-1", "-0", "1.5", "1e309", "-1e309", "0x1F", "2147483648", "-2147483649", "9223372036854775808",
			"-9223372036854775809", "99999999999999999999999999999999999999999999999999", "00000000000001", "1_000",
			"2024-02-30", "0000-00-00", "9999-12-31", "-999999999-01-01", "+1000000000-01-01", "2025-13-01T25:61:61Z",
			"1970-01-01T00:00:00+25:00", "31/12/2024",
			"%", "%%", "%s%s%s%n", "%00", "\\", "'", "\"", "`", ";", ",,,", "*", "?", "#", "&", "=", "+",
			"{0}{1}{2}", "'{0}'", "${java:version}", "${jndi:ldap://127.0.0.1:1/x}",
			"admin", "root", "SYSTEM_ADMIN", "ROLE_SYSTEM_ADMIN");

	/**
	 * Already percent-encoded: bytes that are not UTF-8 (a truncated sequence, an overlong slash, a
	 * surrogate, past U+10FFFF), NUL, encoded slashes and dots, double encoding, CR/LF; and a few valid ones.
	 */
	static final List<String> PERCENT_ENCODED = List.of("%C3%28", "%FF%FE", "%C0%AF", "%ED%A0%80", "%F4%90%80%80",
			"%E2%82", "%80", "a%00b", "%00", "%2F", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%252e%252e%252f", "%25",
			"%0d%0aX-Injected:%201", "%EF%BB%BF", "%C2%A0", "%E1%BA%A4p%20B%E1%BA%AFc");

	private HostileValues() {
	}

	/** Any hostile text: the fixed list, random Unicode (controls included) or oversized text. */
	static Gen<String> text(List<String> wellFormed) {
		return Gen.weighted(5, Gen.of(FIXED))
				.or(2, Gen.anyText(40))
				.or(2, wellFormed.isEmpty() ? Gen.of(FIXED) : Gen.of(wellFormed))
				.or(1, numbers())
				.or(1, oversized());
	}

	/** Numbers at and past every limit a form or query could hit. */
	static Gen<String> numbers() {
		return Gen.oneOf(
				r -> String.valueOf(r.nextInt()),
				r -> String.valueOf(r.nextLong()),
				r -> new BigInteger(100, r).subtract(BigInteger.ONE.shiftLeft(99)).toString(),
				r -> String.valueOf(Double.longBitsToDouble(r.nextLong())),
				Gen.of("-1", "-100", "0", "-2147483648", "2147483647", "1e400", "NaN", "-0.0"));
	}

	/** Long values: past column limits, past the length a URL or a header may take. */
	static Gen<String> oversized() {
		return Gen.oneOf(
				Gen.between(256, 5_000).map("Ấ"::repeat),
				Gen.between(5_000, 70_000).map("A"::repeat),
				Gen.between(100, 2_000).map("<a>'\";--"::repeat));
	}

	/** File names a hostile upload carries. */
	static Gen<String> fileNames() {
		return Gen.oneOf(
				Gen.of("../../etc/passwd", "..\\..\\boot.ini", "/etc/shadow", "a\u0000.pdf", "con.pdf",
						"x.pdf.exe", "shell.jsp", ".htaccess", "<script>.pdf", "\"quoted\".pdf", "a\r\nb.pdf", "", " ",
						"%2e%2e%2fx.pdf", "\u202Efdp.exe", "tờ khai.pdf", "file.PDF", "noextension"),
				Gen.anyText(30).map(s -> s + ".pdf"),
				Gen.between(300, 5_000).map(n -> "a".repeat(n) + ".png"));
	}

	/** File contents: empty, random, a real format's first bytes followed by garbage, broken UTF-8. */
	static Gen<byte[]> fileContents() {
		Gen<byte[]> garbage = Gen.bytes(2_000);
		return Gen.oneOf(
				Gen.just(new byte[0]),
				garbage,
				garbage.map(g -> concat("%PDF-1.7\n".getBytes(), g)),
				garbage.map(g -> concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, g)),
				garbage.map(g -> concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1 }, g)),
				garbage.map(g -> concat(new byte[] { 'P', 'K', 3, 4 }, g)),
				Gen.just(brokenUtf8()),
				Gen.just("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
						.getBytes()));
	}

	/** Bytes that are not valid UTF-8: a lone continuation byte, a truncated sequence, an overlong slash. */
	static byte[] brokenUtf8() {
		return new byte[] { 'a', (byte) 0x80, 'b', (byte) 0xC3, '(', (byte) 0xE2, (byte) 0x82, (byte) 0xC0,
				(byte) 0xAF, (byte) 0xFF, (byte) 0xFE, 0, 'z' };
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}

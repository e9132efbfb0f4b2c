package vn.tinhso.exchange.partner;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An exchange partner as stored (without its key hash).
 *
 * @param organPatterns organ ids the partner may send for; {@code *} matches any characters
 *        ({@code *.H27} is every organ of province H27, {@code *} everyone, for the national axis)
 * @param endpointUrl the base address our packages and status messages are posted to
 * @param outboundApiKey the key the partner issued us, sent in {@code X-Api-Key}
 */
public record Partner(long id, String name, List<String> organPatterns, String endpointUrl, String outboundApiKey,
		boolean active, Instant createdAt) {

	public boolean speaksFor(String organId) {
		return organId != null && organPatterns.stream().anyMatch(p -> matches(p, organId));
	}

	/** How closely the partner is tied to the organ: an exact id beats any pattern, a longer pattern a shorter one. */
	int specificity(String organId) {
		return organPatterns.stream().filter(p -> matches(p, organId))
				.mapToInt(p -> p.contains("*") ? p.replace("*", "").length() : 1000).max().orElse(-1);
	}

	static boolean matches(String pattern, String organId) {
		String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
		return organId.matches(regex);
	}
}

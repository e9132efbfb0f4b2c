package vn.tinhso.platform.capacity;

import java.util.List;

/**
 * A few path patterns, deliberately simpler than Ant patterns because they run on every request:
 * {@code /prefix/**} (the prefix itself or anything under it), {@code *.ext} (an extension anywhere),
 * {@code **}{@code /last} (a last segment anywhere), or an exact path.
 */
final class PathRules {

	private final List<String> prefixes;
	private final List<String> suffixes;
	private final List<String> exact;

	PathRules(List<String> patterns) {
		this.prefixes = patterns.stream().filter(p -> p.endsWith("/**")).map(p -> p.substring(0, p.length() - 3)).toList();
		this.suffixes = patterns.stream().filter(p -> p.startsWith("*.") || p.startsWith("**/"))
				.map(p -> p.startsWith("*.") ? p.substring(1) : p.substring(2)).toList();
		this.exact = patterns.stream().filter(p -> !p.endsWith("/**") && !p.startsWith("*")).toList();
	}

	boolean matches(String path) {
		for (String prefix : prefixes) {
			if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
				return true;
			}
		}
		for (String suffix : suffixes) {
			if (path.endsWith(suffix)) {
				return true;
			}
		}
		return exact.contains(path);
	}
}

package vn.tinhso.platform.web;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup, with a cheap first test. A path with a variable ({@code /api/v1/dossiers/{code}})
 * is not in Spring's direct-path index, so every request to one was checked against all of the application's
 * several hundred mappings, each check reading the method and headers through the filters' request wrappers:
 * about a tenth of a dossier action's CPU (bench/README.md, "Dossiers"). A mapping whose patterns all begin with
 * text the path does not begin with cannot match, so it is passed over before those checks. Paths with escapes
 * ({@code %}) or matrix variables ({@code ;}), which patterns match in decoded form, get the full check.
 */
class PrefixFilteredHandlerMapping extends RequestMappingHandlerMapping {

	private static final String[] ANY_PATH = new String[0];

	/**
	 * The literal beginnings of each registered mapping, by identity (a mapping's own hash code is computed on
	 * every call), made once when the mappings are known; a mapping registered later gets the full check.
	 */
	private volatile Map<RequestMappingInfo, String[]> prefixes = Map.of();

	@Override
	protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		super.handlerMethodsInitialized(handlerMethods);
		Map<RequestMappingInfo, String[]> known = new IdentityHashMap<>();
		getHandlerMethods().keySet().forEach(info -> known.put(info, literalPrefixes(info)));
		prefixes = known;
	}

	/** How many mappings the first test knows. */
	int knownMappings() {
		return prefixes.size();
	}

	/** The path of the lookup running on this thread: read once, not from the request for every mapping. */
	private final ThreadLocal<String> lookupPath = new ThreadLocal<>();

	@Override
	protected HandlerMethod lookupHandlerMethod(String path, HttpServletRequest request) throws Exception {
		lookupPath.set(path);
		try {
			return super.lookupHandlerMethod(path, request);
		}
		finally {
			lookupPath.remove();
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = lookupPath.get();
		String[] literal = path == null ? null : prefixes.get(info);
		if (literal != null && !couldMatch(literal, path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	/** False only when no pattern can match the path: each one's literal beginning is missing from it. */
	static boolean couldMatch(String[] literalPrefixes, String path) {
		if (literalPrefixes.length == 0 || path.indexOf('%') >= 0 || path.indexOf(';') >= 0) {
			return true;
		}
		for (String prefix : literalPrefixes) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** The text before the first variable or wildcard of each pattern; none (match anything) when unknown. */
	static String[] literalPrefixes(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null) {
			return ANY_PATH;
		}
		Set<PathPattern> patterns = condition.getPatterns();
		if (patterns.isEmpty()) {
			return ANY_PATH;
		}
		String[] result = new String[patterns.size()];
		int i = 0;
		for (PathPattern pattern : patterns) {
			result[i++] = literalPrefix(pattern.getPatternString());
		}
		return result;
	}

	static String literalPrefix(String pattern) {
		int end = pattern.length();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' || c == '*' || c == '?' || c == '\\') {
				end = i;
				break;
			}
		}
		return pattern.substring(0, end);
	}
}

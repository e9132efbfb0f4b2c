package vn.tinhso.platform.web;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
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

	private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		if (ServletRequestPathUtils.hasParsedRequestPath(request)) {
			String path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
			if (!couldMatch(prefixes.computeIfAbsent(info, PrefixFilteredHandlerMapping::literalPrefixes), path)) {
				return null;
			}
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

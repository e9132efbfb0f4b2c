package vn.tinhso.platform.web;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Spring MVC negotiates the answer's type after the handler has run. For a request that changes
 * something, an {@code Accept} header no answer can meet (or one that cannot be read) thus gave a
 * 406 refusal for a change that had been committed. This checks it before the handler runs, for the
 * API: its answers are JSON unless a mapping declares what it produces. Reads are checked too when they
 * answer with an object (JSON): a read may leave a trace (a confidential document's view is audited), and
 * a read that cannot be answered need not be done. Reads answering with bytes or text (a file, a CSV)
 * set their own type and are left to Spring.
 */
@Component
class AcceptableAnswers implements HandlerInterceptor, WebMvcConfigurer {

	private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/*+json"));
	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
	/** Worked out once per handler method: every API request asks. */
	private final Map<Method, Body> bodies = new ConcurrentHashMap<>();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws HttpMediaTypeNotAcceptableException {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Body body = bodies.computeIfAbsent(method.getMethod(), m -> bodyOf(method));
		if (body == Body.NONE || (SAFE.contains(request.getMethod()) && body != Body.OBJECT)) {
			return true;
		}
		List<MediaType> produced = produced(request);
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(List.copyOf(java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT))));
		}
		catch (InvalidMediaTypeException e) {
			throw new HttpMediaTypeNotAcceptableException(produced);
		}
		if (accepted.isEmpty() || produced.stream().anyMatch(p -> acceptable(p, accepted))) {
			return true;
		}
		throw new HttpMediaTypeNotAcceptableException(produced);
	}

	/**
	 * Whether the most specific range that covers the type has a quality above 0: {@code q=0} means "not
	 * acceptable" (RFC 9110 12.4.2), so {@code application/json;q=0, *}{@code /*} refuses JSON.
	 */
	static boolean acceptable(MediaType produced, List<MediaType> accepted) {
		MediaType best = null;
		for (MediaType range : accepted) {
			if (range.isCompatibleWith(produced) && (best == null || specificity(range) > specificity(best))) {
				best = range;
			}
		}
		return best != null && best.getQualityValue() > 0;
	}

	/** text/html;level=1 over text/html over text/* over *{@literal /}*. */
	private static int specificity(MediaType range) {
		int score = range.isWildcardType() ? 0 : 4;
		if (!range.isWildcardSubtype()) {
			score += 2;
		}
		boolean parameters = range.getParameters().keySet().stream().anyMatch(name -> !name.equals("q"));
		return parameters ? score + 1 : score;
	}

	@SuppressWarnings("unchecked")
	private static List<MediaType> produced(HttpServletRequest request) {
		Object declared = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
		return declared instanceof Collection<?> types && !types.isEmpty() ? List.copyOf((Collection<MediaType>) types) : JSON;
	}

	/**
	 * What the handler answers with: nothing (a void method, a {@code ResponseEntity<Void>}, a view), an object
	 * written as JSON, or other content (bytes, text, a stream or a file that sets its own type).
	 */
	private static Body bodyOf(HandlerMethod method) {
		Class<?> type = method.getReturnType().getParameterType();
		boolean entity = HttpEntity.class.isAssignableFrom(type);
		Class<?> body = entity ? ResolvableType.forMethodParameter(method.getReturnType()).as(HttpEntity.class).getGeneric(0).resolve()
				: type;
		if (body == void.class || body == Void.class || (!entity && !method.hasMethodAnnotation(ResponseBody.class)
				&& !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class))) {
			return Body.NONE;
		}
		boolean object = body != null && body != byte[].class && body != String.class && body != Object.class
				&& !Resource.class.isAssignableFrom(body) && !StreamingResponseBody.class.isAssignableFrom(body)
				&& !ResponseBodyEmitter.class.isAssignableFrom(body);
		return object ? Body.OBJECT : Body.OTHER;
	}

	private enum Body {
		NONE, OBJECT, OTHER
	}
}

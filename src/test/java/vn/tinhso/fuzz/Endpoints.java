package vn.tinhso.fuzz;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.support.SessionStatus;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.security.core.Authentication;

/**
 * Reads every endpoint from the running application's request mappings, so an endpoint added later is
 * fuzzed without touching this test. Parameter names come from the handler method's signature
 * (request parameters, bound objects' properties, JSON bodies' properties, file parts, headers).
 */
final class Endpoints {

	private static final List<HttpMethod> ANY_METHOD = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
			HttpMethod.DELETE);
	private static final Set<Class<?>> FRAMEWORK_ARGUMENTS = Set.of(ServletRequest.class, ServletResponse.class,
			HttpSession.class, Model.class, Map.class, Errors.class, RedirectAttributes.class, SessionStatus.class,
			WebRequest.class, Principal.class, Authentication.class, java.util.Locale.class, HttpEntity.class,
			java.io.InputStream.class, java.io.OutputStream.class, java.io.Reader.class, java.io.Writer.class,
			java.time.ZoneId.class, java.util.TimeZone.class);

	private Endpoints() {
	}

	static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		mapping.getHandlerMethods().forEach((info, handler) -> endpoints.addAll(of(info, handler)));
		endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.methods().toString()));
		return List.copyOf(endpoints);
	}

	private static List<Endpoint> of(RequestMappingInfo info, HandlerMethod handler) {
		List<HttpMethod> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::asHttpMethod)
				.sorted(Comparator.comparing(HttpMethod::name)).toList();
		Inputs inputs = new Inputs();
		for (MethodParameter p : handler.getMethodParameters()) {
			p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			inputs.add(p);
		}
		boolean multipart = !inputs.fileParts.isEmpty() || info.getConsumesCondition().getConsumableMediaTypes().stream()
				.anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
		Endpoint.Body body = multipart ? Endpoint.Body.MULTIPART : inputs.body;
		String name = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
		boolean library = !handler.getBeanType().getName().startsWith("vn.tinhso.");
		return info.getPatternValues().stream().map(pattern -> new Endpoint(pattern,
				methods.isEmpty() ? ANY_METHOD : methods, List.copyOf(inputs.parameters), List.copyOf(inputs.headers), body,
				List.copyOf(inputs.jsonProperties), List.copyOf(inputs.fileParts), name, library)).toList();
	}

	/** The inputs one handler method reads. */
	private static final class Inputs {

		final Set<String> parameters = new LinkedHashSet<>();
		final Set<String> headers = new LinkedHashSet<>();
		final Set<String> jsonProperties = new LinkedHashSet<>();
		final Set<String> fileParts = new LinkedHashSet<>();
		Endpoint.Body body = Endpoint.Body.NONE;

		void add(MethodParameter p) {
			Class<?> type = p.getParameterType();
			if (p.hasParameterAnnotation(PathVariable.class)) {
				return;
			}
			RequestHeader header = p.getParameterAnnotation(RequestHeader.class);
			if (header != null) {
				headers.add(firstNonEmpty(header.name(), header.value(), p.getParameterName()));
				return;
			}
			RequestBody requestBody = p.getParameterAnnotation(RequestBody.class);
			if (requestBody != null) {
				body = type == byte[].class || type == String.class ? Endpoint.Body.RAW : Endpoint.Body.JSON;
				jsonProperties.addAll(properties(elementType(p)));
				return;
			}
			RequestParam param = p.getParameterAnnotation(RequestParam.class);
			RequestPart part = p.getParameterAnnotation(RequestPart.class);
			String name = param != null ? firstNonEmpty(param.name(), param.value(), p.getParameterName())
					: part != null ? firstNonEmpty(part.name(), part.value(), p.getParameterName()) : p.getParameterName();
			if (isFile(p)) {
				fileParts.add(name);
			}
			else if (param != null || BeanUtils.isSimpleProperty(type)) {
				if (!Map.class.isAssignableFrom(type)) {
					parameters.add(name);
				}
			}
			else if (FRAMEWORK_ARGUMENTS.stream().noneMatch(f -> f.isAssignableFrom(type))) {
				parameters.addAll(properties(type)); // a bound object: its properties are form fields
			}
		}

		private static boolean isFile(MethodParameter p) {
			ResolvableType type = ResolvableType.forMethodParameter(p);
			return MultipartFile.class.isAssignableFrom(p.getParameterType())
					|| (Collection.class.isAssignableFrom(p.getParameterType())
							&& MultipartFile.class.isAssignableFrom(type.asCollection().resolveGeneric(0) == null ? Object.class
									: type.asCollection().resolveGeneric(0)))
					|| (p.getParameterType().isArray() && MultipartFile.class.isAssignableFrom(p.getParameterType().getComponentType()));
		}

		private static Class<?> elementType(MethodParameter p) {
			ResolvableType type = ResolvableType.forMethodParameter(p);
			if (Collection.class.isAssignableFrom(p.getParameterType())) {
				Class<?> element = type.asCollection().resolveGeneric(0);
				return element == null ? Object.class : element;
			}
			return p.getParameterType();
		}

		/** Record components, or else the non-static fields, of a bound or JSON type. */
		private static List<String> properties(Class<?> type) {
			if (BeanUtils.isSimpleProperty(type) || type.getName().startsWith("java.")) {
				return List.of();
			}
			if (type.isRecord()) {
				return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
			}
			List<String> names = new ArrayList<>();
			for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
				for (Field f : c.getDeclaredFields()) {
					if (!Modifier.isStatic(f.getModifiers())) {
						names.add(f.getName());
					}
				}
			}
			return names;
		}

		private static String firstNonEmpty(String... values) {
			for (String v : values) {
				if (StringUtils.hasText(v)) {
					return v;
				}
			}
			return "value";
		}
	}
}

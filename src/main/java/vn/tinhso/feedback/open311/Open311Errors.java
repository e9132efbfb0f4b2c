package vn.tinhso.feedback.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.platform.Problems;

/**
 * Errors of the Open311 API in its own format, in the format the request asked for: a JSON array of
 * {@code {code, description}} or {@code <errors><error><code/><description/></error></errors>}, with
 * the HTTP status as the code (as the GeoReport v2 examples do).
 */
@ControllerAdvice(assignableTypes = Open311Api.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

	private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

	private final Open311Output documents;
	private final Problems problems;

	Open311Errors(Open311Output documents, Problems problems) {
		this.documents = documents;
		this.problems = problems;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<byte[]> domain(DomainException e, HttpServletRequest request) {
		List<String> descriptions = new ArrayList<>();
		for (FieldProblem p : e.fieldProblems()) {
			descriptions.add(p.field() + ": " + problems.message(p.code(), p.args()));
		}
		if (descriptions.isEmpty()) {
			descriptions.add(problems.message(e.code(), e.args()));
		}
		return respond(request, e.status().value(), descriptions);
	}

	@ExceptionHandler({ ServletRequestBindingException.class, MethodArgumentTypeMismatchException.class,
			MultipartException.class, RequestRejectedException.class, InvalidParameterException.class })
	ResponseEntity<byte[]> badRequest(Exception e, HttpServletRequest request) {
		return respond(request, 400, List.of(problems.message("request.malformed")));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return respond(request, 500, List.of(problems.message("server.unexpected")));
	}

	private ResponseEntity<byte[]> respond(HttpServletRequest request, int status, List<String> descriptions) {
		List<Map<String, Object>> errors = descriptions.stream().map(d -> {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("code", status);
			error.put("description", d);
			return error;
		}).toList();
		return documents.list(Format.ofPath(request.getRequestURI()), status, "errors", "error", errors);
	}
}

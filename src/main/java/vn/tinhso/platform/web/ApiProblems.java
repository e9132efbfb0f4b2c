package vn.tinhso.platform.web;

import vn.tinhso.platform.Problems;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/**
 * Every error of a REST controller as problem details with a stable {@code code}. Stack traces
 * never leave the server.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
	private final Problems problems;

	ApiProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
		return respond(problems.of(request, e.status(), e.code(), e.fieldProblems(), e.args()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		return respond(problems.of(request, HttpStatus.BAD_REQUEST, "request.invalid",
				java.util.List.of(new FieldProblem(e.getName(), "value.wrong-type"))));
	}

	/**
	 * A body that is not the multipart the handler needs, a header the firewall refuses once a handler
	 * reads it (a control character in Idempotency-Key…), or a parameter Tomcat cannot decode (bytes
	 * that are not UTF-8): the client's fault, not ours. (An upload over the size limit is a
	 * {@code MultipartException} too; the base class answers it 413.)
	 */
	@ExceptionHandler({ MultipartException.class, RequestRejectedException.class, InvalidParameterException.class })
	ResponseEntity<ProblemDetail> malformed(Exception e, HttpServletRequest request) {
		return respond(problems.of(request, HttpStatus.BAD_REQUEST, "request.malformed"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
		if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
			throw e; // the security filter chain answers these with 401/403 problems
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return respond(problems.of(request, HttpStatus.INTERNAL_SERVER_ERROR, "server.unexpected"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var fields = e.getBindingResult().getFieldErrors().stream()
				.map(ApiProblems::fieldProblem).toList();
		ProblemDetail body = problems.of(servletRequest(request), HttpStatus.BAD_REQUEST, "request.invalid", fields);
		return new ResponseEntity<>(body, problemHeaders(), HttpStatus.BAD_REQUEST);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problems.of(servletRequest(request), status, codeFor(status));
		HttpHeaders merged = new HttpHeaders();
		merged.putAll(headers);
		merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(problem, merged, status);
	}

	private static FieldProblem fieldProblem(FieldError error) {
		String constraint = error.getCode() == null ? "invalid" : error.getCode();
		return new FieldProblem(error.getField(), "value." + constraint.toLowerCase());
	}

	static String codeFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "request.malformed";
			case 404 -> "resource.not-found";
			case 405 -> "request.method-not-allowed";
			case 406 -> "request.not-acceptable";
			case 413 -> "request.too-large";
			case 415 -> "request.media-type";
			default -> status.is5xxServerError() ? "server.unexpected" : "request.failed";
		};
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).headers(problemHeaders()).body(problem);
	}

	private static HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return headers;
	}

	private static HttpServletRequest servletRequest(WebRequest request) {
		return request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
	}
}

package vn.tinhso.platform;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal that the caller can understand: a stable {@code code} (message key {@code error.<code>}
 * in {@code messages*.properties}), an HTTP status, and optional per-field problems. Rendered as
 * RFC 9457 problem details for the API and as a friendly page or form error in the browser.
 */
public class DomainException extends RuntimeException {

	private final HttpStatus status;
	private final String code;
	private final transient Object[] args;
	private final transient List<FieldProblem> fieldProblems;

	public DomainException(HttpStatus status, String code, List<FieldProblem> fieldProblems, Object... args) {
		super(code);
		this.status = status;
		this.code = code;
		this.args = args;
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	public static DomainException invalid(String code, Object... args) {
		return new DomainException(HttpStatus.BAD_REQUEST, code, List.of(), args);
	}

	public static DomainException invalidFields(List<FieldProblem> problems) {
		return new DomainException(HttpStatus.BAD_REQUEST, "request.invalid", problems);
	}

	public static DomainException notFound(String code, Object... args) {
		return new DomainException(HttpStatus.NOT_FOUND, code, List.of(), args);
	}

	public static DomainException conflict(String code, Object... args) {
		return new DomainException(HttpStatus.CONFLICT, code, List.of(), args);
	}

	public static DomainException forbidden(String code, Object... args) {
		return new DomainException(HttpStatus.FORBIDDEN, code, List.of(), args);
	}

	public static DomainException unauthorized(String code, Object... args) {
		return new DomainException(HttpStatus.UNAUTHORIZED, code, List.of(), args);
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args;
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}
}

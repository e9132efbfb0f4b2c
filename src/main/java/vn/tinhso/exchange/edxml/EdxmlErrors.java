package vn.tinhso.exchange.edxml;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/** The refusals of the edXML codec, each with a stable code. */
public final class EdxmlErrors {

	private EdxmlErrors() {
	}

	static DomainException malformed(int line, int column) {
		return new DomainException(HttpStatus.BAD_REQUEST, "edxml.malformed", List.of(), line, column);
	}

	static DomainException wrongNamespace(String found) {
		return new DomainException(HttpStatus.BAD_REQUEST, "edxml.wrong-namespace", List.of(),
				found == null ? "(không có)" : found);
	}

	public static DomainException tooLarge(long maxBytes) {
		return new DomainException(HttpStatus.CONTENT_TOO_LARGE, "edxml.too-large", List.of(), maxBytes / (1024 * 1024));
	}

	static DomainException missing(String path) {
		return new DomainException(HttpStatus.BAD_REQUEST, "edxml.field-missing",
				List.of(new FieldProblem(path, "edxml.field-missing", path)), path);
	}

	/** One or more values that are present but wrong; the first one is named in the message. */
	static DomainException invalid(List<FieldProblem> problems) {
		return new DomainException(HttpStatus.BAD_REQUEST, "edxml.field-invalid", problems, problems.get(0).field());
	}

	static DomainException invalid(String path, String reason, Object... args) {
		return invalid(List.of(new FieldProblem(path, reason, args)));
	}
}

package vn.tinhso.document.directive;

import java.util.ArrayList;
import java.util.List;

import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/** Collects a directive form's field problems and refuses them all at once. */
final class Checks {

	private final List<FieldProblem> problems = new ArrayList<>();

	/** Required text, stripped, at most {@code max} characters. */
	String text(String field, String value, int max) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty()) {
			problems.add(new FieldProblem(field, "value.required"));
		}
		else if (v.length() > max) {
			problems.add(new FieldProblem(field, "value.too-long", max));
		}
		return v;
	}

	void problem(String field, String code, Object... args) {
		problems.add(new FieldProblem(field, code, args));
	}

	boolean ok() {
		return problems.isEmpty();
	}

	void refuseIfAny() {
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
	}
}

package vn.tinhso.document.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/** Collects a form's field problems and refuses them all at once. */
final class FormChecks {

	private final List<FieldProblem> problems = new ArrayList<>();

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

	<E extends Enum<E>> E choice(String field, String value, Class<E> type, E otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem(field, "value.not-allowed", value.strip()));
			return otherwise;
		}
	}

	void problem(String field, String code, Object... args) {
		problems.add(new FieldProblem(field, code, args));
	}

	void refuseIfAny() {
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
	}
}

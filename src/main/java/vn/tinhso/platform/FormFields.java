package vn.tinhso.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads optional typed fields of an HTML form. A blank field is null; a field that does not parse adds its
 * problem to {@code bad} and is null, so a form reports every wrong field at once.
 */
public final class FormFields {

	private FormFields() {
	}

	/** An ISO date ({@code yyyy-MM-dd}, what a date input sends); wrong: {@code value.wrong-type}. */
	public static LocalDate date(String field, String value, List<FieldProblem> bad) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			bad.add(new FieldProblem(field, "value.wrong-type"));
			return null;
		}
	}

	/** A whole number; wrong: {@code code} with no argument. */
	public static Integer whole(String field, String value, String code, List<FieldProblem> bad) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			bad.add(new FieldProblem(field, code));
			return null;
		}
	}

	/** The id of a record; wrong: {@code code} with the value typed as its argument. */
	public static Long id(String field, String value, String code, List<FieldProblem> bad) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			bad.add(new FieldProblem(field, code, value.strip()));
			return null;
		}
	}
}

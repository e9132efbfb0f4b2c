package vn.tinhso.directory.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.tinhso.directory.AgencyCode;
import vn.tinhso.directory.AgencyKind;
import vn.tinhso.platform.FieldProblem;

/**
 * An agency as entered in a form, the API or a CSV row, before it is checked against the tree.
 * {@link #problems()} checks everything that needs no database.
 */
public record AgencyDraft(String code, String name, String shortName, String abbreviation, String kind,
		String parentCode, String address, String phone, String email) {

	static final Pattern ABBREVIATION = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{Ll}0-9]{0,19}$");
	static final Pattern PHONE = Pattern.compile("^[0-9 +().-]{0,50}$");

	public AgencyDraft {
		code = trim(code);
		name = trim(name);
		shortName = trim(shortName);
		abbreviation = trim(abbreviation);
		kind = trim(kind).toUpperCase(java.util.Locale.ROOT);
		parentCode = trim(parentCode);
		address = trim(address);
		phone = trim(phone);
		email = trim(email).toLowerCase(java.util.Locale.ROOT);
	}

	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (!AgencyCode.isWellFormed(code)) {
			problems.add(new FieldProblem("code", "agency.code.invalid", code));
		}
		require(problems, "name", name, 300);
		require(problems, "shortName", shortName, 150);
		if (!ABBREVIATION.matcher(abbreviation).matches()) {
			problems.add(new FieldProblem("abbreviation", "agency.abbreviation.invalid"));
		}
		if (kindValue() == null) {
			problems.add(new FieldProblem("kind", "agency.kind.invalid", kind));
		}
		if (!parentCode.isEmpty() && !AgencyCode.isWellFormed(parentCode)) {
			problems.add(new FieldProblem("parentCode", "agency.code.invalid", parentCode));
		}
		if (address.length() > 500) {
			problems.add(new FieldProblem("address", "value.too-long", 500));
		}
		if (!PHONE.matcher(phone).matches()) {
			problems.add(new FieldProblem("phone", "value.phone"));
		}
		if (!email.isEmpty() && !vn.tinhso.platform.Emails.isValid(email)) {
			problems.add(new FieldProblem("email", "value.email"));
		}
		return problems;
	}

	AgencyKind kindValue() {
		try {
			return AgencyKind.valueOf(kind);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static void require(List<FieldProblem> problems, String field, String value, int max) {
		if (value.isEmpty()) {
			problems.add(new FieldProblem(field, "value.required"));
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "value.too-long", max));
		}
	}

	static String trim(String s) {
		return s == null ? "" : s.strip();
	}
}

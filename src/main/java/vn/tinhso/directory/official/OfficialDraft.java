package vn.tinhso.directory.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.tinhso.directory.AgencyCode;
import vn.tinhso.directory.Role;
import vn.tinhso.platform.FieldProblem;

/**
 * An official as entered: profile, home agency and the roles held (each in an agency; a role
 * without an agency code applies to the home agency).
 */
public record OfficialDraft(String username, String fullName, String email, String phone, String position,
		String agencyCode, List<RoleEntry> roles) {

	static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9._]{2,49}$");
	static final Pattern PHONE = Pattern.compile("^(0|\\+84)\\d{9,10}$");

	/** A role in an agency. */
	public record RoleEntry(String role, String agencyCode) {
	}

	public OfficialDraft {
		username = trim(username).toLowerCase(Locale.ROOT);
		fullName = trim(fullName);
		email = trim(email).toLowerCase(Locale.ROOT);
		phone = trim(phone).replace(" ", "");
		position = trim(position);
		agencyCode = trim(agencyCode);
		String home = agencyCode;
		roles = roles == null ? List.of()
				: roles.stream()
						.filter(r -> r != null && r.role() != null && !r.role().isBlank())
						.map(r -> new RoleEntry(r.role().strip().toUpperCase(Locale.ROOT),
								r.agencyCode() == null || r.agencyCode().isBlank() ? home : r.agencyCode().strip()))
						.distinct().toList();
	}

	/** Parses the CSV form {@code LEADER;SPECIALIST@000.00.07.H27}. */
	public static List<RoleEntry> parseRoles(String text) {
		List<RoleEntry> entries = new ArrayList<>();
		for (String part : trim(text).split("[;,]")) {
			if (part.isBlank()) {
				continue;
			}
			String[] roleAt = part.strip().split("@", 2);
			entries.add(new RoleEntry(roleAt[0], roleAt.length > 1 ? roleAt[1] : null));
		}
		return entries;
	}

	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username", "official.username.invalid"));
		}
		if (fullName.isEmpty() || fullName.length() > 200) {
			problems.add(new FieldProblem("fullName", fullName.isEmpty() ? "value.required" : "value.too-long", 200));
		}
		if (!vn.tinhso.platform.Emails.isValid(email)) {
			problems.add(new FieldProblem("email", "value.email"));
		}
		if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			problems.add(new FieldProblem("phone", "value.phone"));
		}
		if (position.length() > 200) {
			problems.add(new FieldProblem("position", "value.too-long", 200));
		}
		if (!AgencyCode.isWellFormed(agencyCode)) {
			problems.add(new FieldProblem("agencyCode", "agency.code.invalid", agencyCode));
		}
		for (RoleEntry r : roles) {
			if (!isRole(r.role())) {
				problems.add(new FieldProblem("roles", "official.role.invalid", r.role()));
			}
			else if (!AgencyCode.isWellFormed(r.agencyCode())) {
				problems.add(new FieldProblem("roles", "agency.code.invalid", r.agencyCode()));
			}
		}
		return problems;
	}

	static boolean isRole(String name) {
		for (Role r : Role.values()) {
			if (r.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

	private static String trim(String s) {
		return s == null ? "" : s.strip();
	}
}

package vn.tinhso.directory.web;

import java.util.ArrayList;
import java.util.List;

import vn.tinhso.directory.official.OfficialDraft;
import vn.tinhso.directory.official.OfficialRecord;

/**
 * The official form: roles ticked apply to the home agency; roles elsewhere are written one per line
 * as {@code ROLE@agency-code}.
 */
record OfficialForm(String username, String fullName, String email, String phone, String position,
		String agencyCode, List<String> roles, String otherRoles) {

	OfficialDraft toDraft() {
		List<OfficialDraft.RoleEntry> entries = new ArrayList<>();
		if (roles != null) {
			roles.forEach(r -> entries.add(new OfficialDraft.RoleEntry(r, agencyCode)));
		}
		entries.addAll(OfficialDraft.parseRoles(otherRoles == null ? "" : otherRoles.replace('\n', ';')));
		return new OfficialDraft(username, fullName, email, phone, position, agencyCode, entries);
	}

	static OfficialForm empty(String agencyCode) {
		return new OfficialForm("", "", "", "", "", agencyCode == null ? "" : agencyCode, List.of(), "");
	}

	static OfficialForm of(OfficialRecord o) {
		List<String> home = o.roles().stream().filter(r -> r.agencyCode().equals(o.agencyCode()))
				.map(r -> r.role().name()).toList();
		String other = String.join("\n", o.roles().stream().filter(r -> !r.agencyCode().equals(o.agencyCode()))
				.map(r -> r.role().name() + "@" + r.agencyCode()).toList());
		return new OfficialForm(o.username(), o.fullName(), o.email(), o.phone(), o.position(), o.agencyCode(), home,
				other);
	}
}

package vn.tinhso.directory.web;

import java.util.List;

import vn.tinhso.directory.official.OfficialRecord;

/** An official as the API shows it. */
record OfficialResource(String username, String fullName, String email, String phone, String position,
		String agencyCode, String agencyName, boolean active, boolean totpEnabled, boolean locked, int version,
		List<RoleResource> roles) {

	record RoleResource(String role, String agencyCode, String agencyName) {
	}

	static OfficialResource of(OfficialRecord o) {
		return new OfficialResource(o.username(), o.fullName(), o.email(), o.phone(), o.position(), o.agencyCode(),
				o.agencyName(), o.active(), o.totpEnabled(), o.locked(), o.version(),
				o.roles().stream().map(r -> new RoleResource(r.role().name(), r.agencyCode(), r.agencyName())).toList());
	}
}

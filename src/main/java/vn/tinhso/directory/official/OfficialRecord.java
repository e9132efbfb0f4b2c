package vn.tinhso.directory.official;

import java.util.List;

import vn.tinhso.directory.RoleGrant;

/** An official with profile, home agency, roles and account state. */
public record OfficialRecord(long accountId, String username, String fullName, String email, String phone,
		String position, long agencyId, String agencyCode, String agencyName, boolean active, boolean totpEnabled,
		boolean locked, int version, List<RoleGrant> roles) {
}

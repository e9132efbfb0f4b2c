package vn.tinhso.directory;

/** A role an official holds in one agency. */
public record RoleGrant(Role role, long agencyId, String agencyCode, String agencyName) {
}

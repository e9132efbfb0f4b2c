package vn.tinhso.directory;

import vn.tinhso.platform.AccountKind;

/** A citizen's or organisation's identity as it appears on their dossiers. */
public record ApplicantProfile(long accountId, AccountKind kind, String name, String idNumber, String email,
		String phone, String address) {
}

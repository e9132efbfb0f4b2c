package vn.tinhso.directory.account;

/** A self-registration: a citizen (personal id) or an organisation (tax code). */
public record Registration(String applicantType, String identifier, String name, String email, String phone,
		String address, String password, String passwordConfirmation) {

	public Registration {
		applicantType = applicantType == null || applicantType.isBlank() ? "CITIZEN" : applicantType.strip();
		identifier = identifier == null ? "" : identifier.strip();
		name = name == null ? "" : name.strip();
		email = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
		phone = phone == null ? "" : phone.strip().replace(" ", "");
		address = address == null ? "" : address.strip();
	}
}

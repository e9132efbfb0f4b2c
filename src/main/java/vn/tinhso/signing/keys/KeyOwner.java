package vn.tinhso.signing.keys;

/** Whose key or image: an official (by account id), an agency (by code), or the demo authority. */
public record KeyOwner(Kind kind, String ref) {

	public enum Kind {
		OFFICIAL, AGENCY, DEMO_CA
	}

	static final KeyOwner DEMO_ROOT = new KeyOwner(Kind.DEMO_CA, "root");

	public static KeyOwner official(long accountId) {
		return new KeyOwner(Kind.OFFICIAL, Long.toString(accountId));
	}

	public static KeyOwner agency(String agencyCode) {
		return new KeyOwner(Kind.AGENCY, agencyCode);
	}

	public long accountId() {
		return Long.parseLong(ref);
	}

	/** Bound into the encryption so a sealed key copied onto another owner's row does not open. */
	String associatedData() {
		return kind + ":" + ref;
	}
}

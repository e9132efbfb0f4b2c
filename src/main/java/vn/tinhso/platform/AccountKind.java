package vn.tinhso.platform;

/** Who an account belongs to. */
public enum AccountKind {
	OFFICIAL, CITIZEN, ORGANISATION
}

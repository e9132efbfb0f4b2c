package vn.tinhso.procedure;

/** Who may apply. */
public enum ApplicantType {
	CITIZEN, ORGANISATION
}

package vn.tinhso.document.core;

/** Độ mật: a secret document is seen only by the people it was registered by or assigned to, and leaders. */
public enum Confidentiality {
	NORMAL, MAT, TOI_MAT, TUYET_MAT;

	public boolean secret() {
		return this != NORMAL;
	}
}

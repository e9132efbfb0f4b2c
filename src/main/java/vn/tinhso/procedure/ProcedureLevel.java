package vn.tinhso.procedure;

/** Which level of the two-level local government implements a procedure. */
public enum ProcedureLevel {
	/** Cấp tỉnh: a department or provincial unit. */
	PROVINCE,
	/** Cấp xã: every commune and ward. */
	COMMUNE
}

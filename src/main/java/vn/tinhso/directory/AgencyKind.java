package vn.tinhso.directory;

/** Kinds of agency under the two-level local government (province → commune/ward). */
public enum AgencyKind {
	/** Ủy ban nhân dân tỉnh — the root. */
	PROVINCE,
	/** Sở, ban, ngành. */
	DEPARTMENT,
	/** Đơn vị trực thuộc (e.g. Trung tâm Phục vụ hành chính công). */
	PROVINCIAL_UNIT,
	/** Xã. */
	COMMUNE,
	/** Phường. */
	WARD
}

package vn.tinhso.directory;

/** What an official may do, always held in a given agency. */
public enum Role {
	/** Quản trị hệ thống: the whole installation. */
	SYSTEM_ADMIN,
	/** Quản trị đơn vị: their agency and every agency below it. */
	AGENCY_ADMIN,
	/** Cán bộ một cửa. */
	ONE_STOP_OFFICER,
	/** Chuyên viên. */
	SPECIALIST,
	/** Lãnh đạo. */
	LEADER,
	/** Văn thư. */
	CLERK,
	/** Điều hành IOC. */
	IOC_OPERATOR;

	public String authority() {
		return "ROLE_" + name();
	}
}

package vn.tinhso.procedure;

/** How far a procedure can be done online (dịch vụ công trực tuyến). */
public enum OnlineLevel {
	/** Toàn trình: submission, payment and result all online. */
	FULL,
	/** Một phần: submitted online, some step (payment, paper result) at the desk. */
	PARTIAL,
	/** Only at the one-stop desk or by post. */
	OFFLINE;

	public boolean acceptsOnline() {
		return this != OFFLINE;
	}
}

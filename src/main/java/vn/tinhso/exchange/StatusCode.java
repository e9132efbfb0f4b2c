package vn.tinhso.exchange;

import java.util.Arrays;
import java.util.Optional;

/** What happened to a document at the receiving organ (edXML {@code StatusCode}). */
public enum StatusCode {
	/** Đã đến: the package reached the recipient's system. */
	ARRIVED(1),
	/** Từ chối tiếp nhận. */
	REFUSED(2),
	/** Đã tiếp nhận (registered as an incoming document). */
	ACCEPTED(3),
	/** Phân công: assigned to a unit or person. */
	ASSIGNED(4),
	/** Đang xử lý. */
	PROCESSING(5),
	/** Hoàn thành. */
	DONE(6),
	/** Lấy lại: the sender asks for the document back. */
	RECALL_REQUESTED(13),
	/** Đồng ý lấy lại. */
	RECALLED(15),
	/** Từ chối lấy lại. */
	RECALL_REFUSED(16);

	private final int code;

	StatusCode(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	public static Optional<StatusCode> of(int code) {
		return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
	}
}

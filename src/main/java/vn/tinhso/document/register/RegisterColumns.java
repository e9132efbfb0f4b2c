package vn.tinhso.document.register;

import java.util.List;

import vn.tinhso.document.core.Direction;

/**
 * The columns of the registers in Decree 30/2020, Appendix IV: the incoming register (sổ đăng ký văn bản
 * đến) and the outgoing one (sổ đăng ký văn bản đi), each with its share of the page width.
 */
final class RegisterColumns {

	record Column(String heading, float share) {
	}

	static final List<Column> INCOMING = List.of(new Column("Số đến", 5), new Column("Ngày đến", 7),
			new Column("Tác giả", 13), new Column("Số, ký hiệu", 10), new Column("Ngày tháng", 7),
			new Column("Tên loại và trích yếu nội dung", 25), new Column("Đơn vị hoặc người nhận", 13),
			new Column("Ký nhận", 7), new Column("Ghi chú", 13));

	static final List<Column> OUTGOING = List.of(new Column("Số, ký hiệu văn bản", 11),
			new Column("Ngày tháng văn bản", 8), new Column("Tên loại và trích yếu nội dung", 28),
			new Column("Người ký", 12), new Column("Nơi nhận văn bản", 16), new Column("Đơn vị, người nhận bản lưu", 11),
			new Column("Số lượng bản", 5), new Column("Ghi chú", 9));

	private RegisterColumns() {
	}

	static List<Column> of(Direction direction) {
		return direction == Direction.IN ? INCOMING : OUTGOING;
	}
}

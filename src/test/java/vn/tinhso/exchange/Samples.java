package vn.tinhso.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Complete edXML packages and status messages with Vietnamese text, to be varied by each test. */
final class Samples {

	static final byte[] PDF = "%PDF-1.4\n% Công văn số 15/UBND-VP\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

	private Samples() {
	}

	static String documentId(String from) {
		return from + ",2026/11/20," + UUID.randomUUID().toString().substring(0, 8) + "/UBND-VP";
	}

	static EdxmlPackage pkg(String from, String to) {
		return pkg(from, to, documentId(from), "Về việc triển khai liên thông văn bản điện tử năm 2026");
	}

	static EdxmlPackage pkg(String from, String to, String documentId, String subject) {
		byte[] binary = new byte[4096];
		new Random(42).nextBytes(binary);
		MessageHeader header = new MessageHeader(
				new Organ(from, "Văn phòng UBND", "Ủy ban nhân dân tỉnh Bắc Ninh", "Số 10 Phù Đổng Thiên Vương, TP Bắc Ninh",
						"vanthu@bacninh.gov.vn", "0222 3822 588", "0222 3822 589", "https://bacninh.gov.vn"),
				List.of(Organ.of(to, "Sở Thông tin và Truyền thông"), Organ.of("000.00.22.H27", "Sở Nội vụ")), documentId,
				new MessageHeader.Code("15", "UBND-VP"), new MessageHeader.Promulgation("Bắc Ninh", LocalDate.of(2026, 11, 20)),
				new MessageHeader.DocumentType("1", "Công văn"), subject,
				"Ủy ban nhân dân tỉnh đề nghị các sở, ngành triển khai ngay việc gửi, nhận văn bản điện tử.",
				new MessageHeader.SignerInfo("KT. CHỦ TỊCH", "Phó Chủ tịch", "Nguyễn Văn Hùng"), LocalDate.of(2026, 12, 31),
				List.of("Như trên;", "Lưu: VT, KGVX."),
				new MessageHeader.OtherInfo(1, "Các sở, ban, ngành", "HT", 5, 2, List.of("Phụ lục I: Danh sách đơn vị")), 1,
				List.of(new DocumentReference("000.00.00.G22", "120/BTTTT-CĐSQG", LocalDate.of(2026, 10, 1),
						"000.00.00.G22,2026/10/01,120/BTTTT-CĐSQG")));
		return new EdxmlPackage(header, List.of(new EdxmlPackage.TraceHeader(from, Instant.parse("2026-11-20T03:15:30Z"))),
				List.of(new EdxmlPackage.Attachment("Công văn 15-UBND-VP.pdf", "application/pdf", "Văn bản chính", PDF),
						new EdxmlPackage.Attachment("phụ lục dữ liệu.bin", "application/octet-stream", null, binary)));
	}

	static StatusMessage status(String reporter, String sender, String documentId, StatusCode code) {
		return new StatusMessage(new DocumentReference(sender, "15/UBND-VP", LocalDate.of(2026, 11, 20), documentId),
				Organ.of(reporter, "Sở Thông tin và Truyền thông"), code, "Đã vào sổ văn bản đến, giao Phòng Bưu chính xử lý.",
				Instant.parse("2026-11-21T02:00:05Z"),
				new StatusMessage.StaffInfo("Văn phòng Sở", "Trần Thị Lan", "lan@bacninh.gov.vn", "0912345678"));
	}
}

package vn.tinhso.document.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import vn.tinhso.exchange.MessageHeader;
import vn.tinhso.exchange.StatusCode;
import vn.tinhso.platform.VietnameseText;

/** How our documents' fields read in edXML (QCVN 102:2016) and back. */
final class EdxmlMapping {

	/** edXML DocumentType/Type: all the kinds of Decree 30, Appendix III, are administrative documents. */
	static final String ADMINISTRATIVE = "1";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private EdxmlMapping() {
	}

	/** OtherInfo/Priority: 0 normal, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc (4, hỏa tốc with a set time, is not issued here). */
	static int priorityOf(Urgency urgency) {
		return switch (urgency) {
			case NORMAL -> 0;
			case KHAN -> 1;
			case THUONG_KHAN -> 2;
			case HOA_TOC -> 3;
		};
	}

	static Urgency urgencyOf(int priority) {
		return switch (priority) {
			case 1 -> Urgency.KHAN;
			case 2 -> Urgency.THUONG_KHAN;
			case 3, 4 -> Urgency.HOA_TOC;
			default -> Urgency.NORMAL;
		};
	}

	/**
	 * The DocumentId of a document we issue: {@code <agency code>,<yyyy/MM/dd>,<number/notation>}, as the national
	 * axis writes it; stable for the document, so a status report finds it again.
	 */
	static String documentId(String agencyCode, LocalDate issuedOn, String notation) {
		return agencyCode + "," + DAY.format(issuedOn) + "," + notation;
	}

	/** {@code 15/QĐ-UBND} as CodeNumber {@code 15} and CodeNotation {@code QĐ-UBND}. */
	static MessageHeader.Code code(String notation) {
		int slash = notation.indexOf('/');
		return slash > 0 && slash < notation.length() - 1
				? new MessageHeader.Code(notation.substring(0, slash), notation.substring(slash + 1))
				: new MessageHeader.Code(notation, notation);
	}

	/**
	 * Our kind of document for an arriving one: by the type's name ("Quyết định" is our "Quyết định (cá biệt)"),
	 * else by the abbreviation in its notation ({@code QĐ} in {@code 15/QĐ-UBND}), else a công văn.
	 */
	static String typeCode(DocumentTypes types, String typeName, String notation) {
		String name = typeName == null ? "" : VietnameseText.fold(typeName).strip();
		if (!name.isEmpty()) {
			Optional<String> byName = types.all().stream()
					.filter(t -> VietnameseText.fold(t.name().replaceAll("\\s*\\(.*\\)", "")).equals(name)
							|| VietnameseText.fold(t.name()).equals(name))
					.map(DocumentTypes.DocumentType::code).findFirst();
			if (byName.isPresent()) {
				return byName.get();
			}
		}
		String n = notation == null ? "" : notation;
		int slash = n.indexOf('/');
		int dash = n.indexOf('-', slash + 1);
		if (slash >= 0 && dash > slash + 1) {
			String abbreviation = n.substring(slash + 1, dash);
			Optional<String> byNotation = types.all().stream().filter(t -> t.notation().equals(abbreviation))
					.map(DocumentTypes.DocumentType::code).findFirst();
			if (byNotation.isPresent()) {
				return byNotation.get();
			}
		}
		return "CV";
	}

	/** The status name kept on a recipient row for an edXML status code. */
	static String recipientStatus(StatusCode code) {
		return code.name();
	}

	/** What a status means, as written in a document's history (Vietnamese, like every history note). */
	static String label(StatusCode code) {
		return switch (code) {
			case ARRIVED -> "Đã đến";
			case REFUSED -> "Từ chối tiếp nhận";
			case ACCEPTED -> "Đã tiếp nhận";
			case ASSIGNED -> "Đã phân công xử lý";
			case PROCESSING -> "Đang xử lý";
			case DONE -> "Hoàn thành";
			case RECALL_REQUESTED -> "Yêu cầu thu hồi";
			case RECALLED -> "Đồng ý thu hồi";
			case RECALL_REFUSED -> "Từ chối thu hồi";
		};
	}

	static String cut(String s, int max) {
		return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
	}
}

package vn.tinhso.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * The edXML {@code MessageHeader}: who sends the document to whom and what it is.
 *
 * @param from the issuing organ
 * @param to the receiving organs (at least one)
 * @param documentId the sender's identifier of the document, stable across re-sending
 * @param subject the summary (trích yếu), at most 500 characters
 * @param content the full text, if sent as text
 * @param dueDate when the recipient must have dealt with it, if set
 * @param toPlaces the "Nơi nhận" lines as written on the document
 * @param steeringType the steering kind code, if given
 * @param responseFor the documents this one answers
 */
public record MessageHeader(Organ from, List<Organ> to, String documentId, Code code, Promulgation promulgation,
		DocumentType documentType, String subject, String content, SignerInfo signer, LocalDate dueDate,
		List<String> toPlaces, OtherInfo otherInfo, Integer steeringType, List<DocumentReference> responseFor) {

	public MessageHeader {
		to = to == null ? List.of() : List.copyOf(to);
		toPlaces = toPlaces == null ? List.of() : List.copyOf(toPlaces);
		responseFor = responseFor == null ? List.of() : List.copyOf(responseFor);
	}

	/** Number and notation ({@code 15} and {@code QĐ-UBND} of {@code 15/QĐ-UBND}). */
	public record Code(String number, String notation) {

		@Override
		public String toString() {
			return number + "/" + notation;
		}
	}

	/** Where and when the document was issued. */
	public record Promulgation(String place, LocalDate date) {
	}

	/** The kind of document: the code and its name (e.g. "Công văn"). */
	public record DocumentType(String type, String typeName) {
	}

	/** Who signed: competence (TM., KT., Q., …), position and full name. */
	public record SignerInfo(String competence, String position, String fullName) {
	}

	/**
	 * Further details.
	 *
	 * @param priority 0 normal, 1 urgent (khẩn), 2 very urgent (thượng khẩn), 3 flash (hỏa tốc),
	 *        4 flash with a set time (hỏa tốc hẹn giờ)
	 * @param typerNotation the typist's initials and copy count, as printed at the foot of the document
	 */
	public record OtherInfo(int priority, String sphereOfPromulgation, String typerNotation, Integer promulgationAmount,
			Integer pageAmount, List<String> appendixes) {

		public OtherInfo {
			appendixes = appendixes == null ? List.of() : List.copyOf(appendixes);
		}
	}
}

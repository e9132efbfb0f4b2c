package vn.tinhso.exchange.edxml;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import vn.tinhso.directory.AgencyCode;
import vn.tinhso.exchange.DocumentReference;
import vn.tinhso.exchange.EdxmlPackage;
import vn.tinhso.exchange.MessageHeader;
import vn.tinhso.exchange.Organ;
import vn.tinhso.exchange.StatusMessage;
import vn.tinhso.platform.FieldProblem;

/**
 * What a package or status message must carry, checked the same way before writing and after reading.
 * Which fields are required is our reading of QCVN 102:2016 and of the samples published with it:
 * what identifies the document (sender, number and notation, date, DocumentId), its recipients, type,
 * subject and signer. A missing field is refused first; then every invalid value is listed.
 */
final class EdxmlRules {

	static final int SUBJECT_MAX = 500;
	static final int DOCUMENT_ID_MAX = 255;

	private final List<FieldProblem> invalid = new ArrayList<>();

	private EdxmlRules() {
	}

	static void check(EdxmlPackage p) {
		EdxmlRules rules = new EdxmlRules();
		rules.header(required(p.header(), "MessageHeader"));
		for (int i = 0; i < p.traces().size(); i++) {
			String path = "TraceHeaderList/TraceHeader[" + (i + 1) + "]";
			rules.organId(p.traces().get(i).organId(), path + "/OrganId");
			required(p.traces().get(i).timestamp(), path + "/Timestamp");
		}
		for (int i = 0; i < p.attachments().size(); i++) {
			String path = "AttachmentEncoded/Attachment[" + (i + 1) + "]";
			EdxmlPackage.Attachment a = p.attachments().get(i);
			required(a.name(), path + "/AttachmentName");
			required(a.contentType(), path + "/ContentType");
			required(a.content() == null || a.content().length == 0 ? null : a.content(), path + "/ContentTransferEncoded");
		}
		rules.done();
	}

	static void check(StatusMessage s) {
		EdxmlRules rules = new EdxmlRules();
		rules.reference(required(s.responseFor(), "Status/ResponseFor"), "Status/ResponseFor");
		rules.organ(s.from(), "Status/From");
		required(s.statusCode(), "Status/StatusCode");
		required(s.timestamp(), "Status/Timestamp");
		rules.done();
	}

	private void header(MessageHeader h) {
		organ(h.from(), "MessageHeader/From");
		if (h.to().isEmpty()) {
			throw EdxmlErrors.missing("MessageHeader/To");
		}
		for (int i = 0; i < h.to().size(); i++) {
			organId(required(h.to().get(i), "MessageHeader/To[" + (i + 1) + "]").organId(),
					"MessageHeader/To[" + (i + 1) + "]/OrganId");
		}
		maxLength(required(h.documentId(), "MessageHeader/DocumentId"), DOCUMENT_ID_MAX, "MessageHeader/DocumentId");
		MessageHeader.Code code = required(h.code(), "MessageHeader/Code");
		required(code.number(), "MessageHeader/Code/CodeNumber");
		required(code.notation(), "MessageHeader/Code/CodeNotation");
		required(required(h.promulgation(), "MessageHeader/PromulgationInfo").date(),
				"MessageHeader/PromulgationInfo/PromulgationDate");
		required(required(h.documentType(), "MessageHeader/DocumentType").type(), "MessageHeader/DocumentType/Type");
		maxLength(required(h.subject(), "MessageHeader/Subject"), SUBJECT_MAX, "MessageHeader/Subject");
		required(required(h.signer(), "MessageHeader/SignerInfo").fullName(), "MessageHeader/SignerInfo/FullName");
		if (h.otherInfo() != null) {
			between(h.otherInfo().priority(), 0, 4, "MessageHeader/OtherInfo/Priority");
			atLeastZero(h.otherInfo().promulgationAmount(), "MessageHeader/OtherInfo/PromulgationAmount");
			atLeastZero(h.otherInfo().pageAmount(), "MessageHeader/OtherInfo/PageAmount");
		}
		atLeastZero(h.steeringType(), "MessageHeader/SteeringType");
		for (int i = 0; i < h.responseFor().size(); i++) {
			reference(h.responseFor().get(i), "MessageHeader/ResponseFor[" + (i + 1) + "]");
		}
	}

	private void organ(Organ organ, String path) {
		required(organ, path);
		organId(organ.organId(), path + "/OrganId");
		required(organ.organName(), path + "/OrganName");
	}

	private void reference(DocumentReference ref, String path) {
		organId(ref.organId(), path + "/OrganId");
		required(ref.code(), path + "/Code");
		required(ref.promulgationDate(), path + "/PromulgationDate");
		maxLength(required(ref.documentId(), path + "/DocumentId"), DOCUMENT_ID_MAX, path + "/DocumentId");
	}

	private void organId(String value, String path) {
		if (!AgencyCode.isWellFormed(required(value, path))) {
			invalid.add(new FieldProblem(path, "edxml.organ-id", value));
		}
	}

	/** Counted in characters as a reader sees them: composed (NFC), so a decomposed "ệ" counts once. */
	private void maxLength(String value, int max, String path) {
		String composed = Normalizer.normalize(value, Normalizer.Form.NFC);
		if (composed.codePointCount(0, composed.length()) > max) {
			invalid.add(new FieldProblem(path, "edxml.too-long", max));
		}
	}

	private void between(int value, int min, int max, String path) {
		if (value < min || value > max) {
			invalid.add(new FieldProblem(path, "edxml.out-of-range", min, max));
		}
	}

	private void atLeastZero(Integer value, String path) {
		if (value != null && value < 0) {
			invalid.add(new FieldProblem(path, "edxml.negative"));
		}
	}

	private static <T> T required(T value, String path) {
		if (value == null || value instanceof String s && s.isBlank()) {
			throw EdxmlErrors.missing(path);
		}
		return value;
	}

	private void done() {
		if (!invalid.isEmpty()) {
			throw EdxmlErrors.invalid(invalid);
		}
	}
}

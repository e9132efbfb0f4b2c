package vn.tinhso.document.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.exchange.DocumentReference;
import vn.tinhso.exchange.EdxmlPackage;
import vn.tinhso.exchange.MessageHeader;
import vn.tinhso.exchange.Organ;
import vn.tinhso.files.FileStore;

/**
 * The edXML package of an issued document: its header from the document (number and notation, date and
 * place, kind, subject, signer, urgency, deadline, every recipient as "Nơi nhận", the outside ones as To)
 * and, as attachments, the files recipients inside the installation get: the sealed main text and the
 * signed attachments.
 */
@Component
class OutgoingPackages {

	private final Documents documents;
	private final ExchangeRecords records;
	private final DocumentTypes types;
	private final AgencyDirectory agencies;
	private final FileStore files;

	OutgoingPackages(Documents documents, ExchangeRecords records, DocumentTypes types, AgencyDirectory agencies,
			FileStore files) {
		this.documents = documents;
		this.records = records;
		this.types = types;
		this.agencies = agencies;
		this.files = files;
	}

	/** The files that travel: the latest main text, and the latest revision of each attachment. */
	List<DocumentFile> issuedFiles(long documentId) {
		List<DocumentFile> all = documents.files(documentId);
		List<DocumentFile> chosen = new ArrayList<>();
		all.stream().filter(f -> "MAIN".equals(f.purpose())).reduce((a, b) -> b).ifPresent(chosen::add);
		Map<String, DocumentFile> attachments = new LinkedHashMap<>();
		all.stream().filter(f -> "ATTACHMENT".equals(f.purpose()))
				.forEach(f -> attachments.merge(f.fileName(), f, (a, b) -> b.revision() >= a.revision() ? b : a));
		chosen.addAll(attachments.values());
		return chosen;
	}

	/** The size of the files as base64 in the package. */
	static long encodedSize(List<DocumentFile> travelling) {
		return travelling.stream().mapToLong(f -> (f.size() + 2) / 3 * 4).sum();
	}

	EdxmlPackage build(Document d, String edxmlDocumentId, List<DocumentFile> travelling) {
		AgencySummary agency = agencies.findByCode(d.agencyCode()).orElseThrow();
		List<Recipient> recipients = documents.recipients(d.id());
		List<Organ> to = recipients.stream().filter(r -> !r.internal()).map(r -> Organ.of(r.agencyCode(), r.name())).toList();
		String typeName = types.find(d.typeCode()).map(DocumentTypes.DocumentType::name).orElse(d.typeCode());
		MessageHeader header = new MessageHeader(Organ.of(agency.code(), agency.name()), to, edxmlDocumentId,
				EdxmlMapping.code(d.notation()), new MessageHeader.Promulgation(place(), d.issuedOn()),
				new MessageHeader.DocumentType(EdxmlMapping.ADMINISTRATIVE, typeName), d.subject(), null, signer(d),
				d.dueOn(), recipients.stream().map(Recipient::name).toList(),
				new MessageHeader.OtherInfo(EdxmlMapping.priorityOf(d.urgency()), null, null, null, d.pageCount(), List.of()),
				null, answered(d));
		List<EdxmlPackage.Attachment> attachments = travelling.stream()
				.map(f -> new EdxmlPackage.Attachment(f.fileName(), f.mediaType(),
						"MAIN".equals(f.purpose()) ? "Văn bản chính" : "Tài liệu kèm theo", files.read(f.sha256())))
				.toList();
		return new EdxmlPackage(header, List.of(), attachments);
	}

	/** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" as competence "KT. CHỦ TỊCH" and position "PHÓ CHỦ TỊCH". */
	private static MessageHeader.SignerInfo signer(Document d) {
		List<String> lines = d.signerTitle() == null || d.signerTitle().isBlank() ? List.of()
				: Arrays.stream(d.signerTitle().split("\\s*/\\s*")).toList();
		String position = lines.isEmpty() ? null : lines.get(lines.size() - 1);
		String competence = lines.size() < 2 ? null : String.join(" / ", lines.subList(0, lines.size() - 1));
		return new MessageHeader.SignerInfo(competence, position, d.signerName());
	}

	/** Where documents of the installation are issued: the province in its People's Committee's name. */
	private String place() {
		String name = agencies.root().map(AgencySummary::name).orElse("");
		for (String marker : List.of("thành phố ", "tỉnh ")) {
			int at = name.toLowerCase(java.util.Locale.forLanguageTag("vi")).lastIndexOf(marker);
			if (at >= 0) {
				return name.substring(at + marker.length()).strip();
			}
		}
		return null;
	}

	/** The document this one answers, when that one came from outside as edXML: the sender links them. */
	private List<DocumentReference> answered(Document d) {
		if (d.replyToId() == null) {
			return List.of();
		}
		return records.arrivalOf(d.replyToId())
				.map(a -> List.of(new DocumentReference(a.organId(), a.code(), a.promulgationDate(), a.edxmlDocumentId())))
				.orElse(List.of());
	}
}

package vn.tinhso.document.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.files.FileStore;
import vn.tinhso.files.FileType;
import vn.tinhso.files.StoredFile;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.signing.PdfSigning;
import vn.tinhso.signing.SignaturePlace;

/**
 * The signatures an outgoing document receives (Decree 30/2020): the leader's visible signature on the
 * approved draft, then, when the clerk issues it, the agency's seal over the left third of that signature
 * with the number and notation, and the agency's signature on each attachment. Each signed PDF is stored
 * as a new file; the earlier ones stay.
 */
@Component
class DocumentSignatures {

	/** The leader's block and the seal over it: bottom right of the last page. */
	static final SignaturePlace PLACE = SignaturePlace.defaultBlock();

	private final PdfSigning signing;
	private final Documents documents;
	private final AgencyDirectory agencies;
	private final FileStore files;
	private final JdbcClient jdbc;

	DocumentSignatures(PdfSigning signing, Documents documents, AgencyDirectory agencies, FileStore files,
			JdbcClient jdbc) {
		this.signing = signing;
		this.documents = documents;
		this.agencies = agencies;
		this.files = files;
		this.jdbc = jdbc;
	}

	/** The signed draft and the title line written above the signature. */
	record Signed(DocumentFile file, String title) {
	}

	/**
	 * The leader signs the latest draft; the signed copy becomes the next revision. Without a usable key and
	 * signature image: 409 {@code document.sign.no-key}, and nothing is stored.
	 */
	Signed signDraft(Actor leader, Document d) {
		if (!signing.canSign(leader.accountId())) {
			throw DomainException.conflict("document.sign.no-key");
		}
		DocumentFile draft = latest(d.id(), "DRAFT");
		String title = SignerTitles.of(position(leader.accountId()),
				agencies.findByCode(d.agencyCode()).map(AgencySummary::name).orElse(""));
		byte[] signed;
		try {
			signed = signing.signAsOfficial(leader.accountId(), files.read(draft.sha256()), PLACE, title);
		}
		catch (DomainException e) {
			throw missingKey(e, "document.sign.no-key");
		}
		DocumentFile file = store(d.id(), "DRAFT", draft.revision() + 1, signed, signedName(draft.fileName()),
				leader.accountId());
		return new Signed(file, title);
	}

	/** Refuses before anything is numbered when the agency has no seal to issue with. */
	void requireSeal(String agencyCode) {
		if (!signing.canSeal(agencyCode)) {
			throw DomainException.conflict("document.seal.no-key");
		}
	}

	/**
	 * The clerk issues: the agency's seal on the latest (signed) draft, with the notation and time under it,
	 * stored as the main file; each attachment signed with the notation. Returns the files recipients get.
	 */
	List<DocumentFile> seal(Actor clerk, Document issued, String mainFileName) {
		DocumentFile text = latest(issued.id(), "DRAFT");
		List<DocumentFile> attachments = documents.files(issued.id()).stream()
				.filter(f -> "ATTACHMENT".equals(f.purpose())).toList();
		List<DocumentFile> delivered = new ArrayList<>();
		try {
			byte[] sealed = signing.sealAsAgency(issued.agencyCode(), files.read(text.sha256()), PLACE, issued.notation());
			delivered.add(store(issued.id(), "MAIN", text.revision(), sealed, mainFileName, clerk.accountId()));
			for (DocumentFile a : attachments) {
				byte[] signed = signing.signAttachment(issued.agencyCode(), files.read(a.sha256()), issued.notation());
				delivered.add(store(issued.id(), "ATTACHMENT", a.revision() + 1, signed, a.fileName(), clerk.accountId()));
			}
		}
		catch (DomainException e) {
			throw missingKey(e, "document.seal.no-key");
		}
		return delivered;
	}

	private DocumentFile store(long documentId, String purpose, int revision, byte[] pdf, String name, long by) {
		StoredFile stored = files.store("file", pdf, Set.of(FileType.PDF));
		documents.attach(documentId, purpose, revision, stored.sha256(), name, stored.type().mediaType(), stored.size(), by);
		return new DocumentFile(0, purpose, revision, stored.sha256(), name, stored.type().mediaType(), stored.size());
	}

	/** The latest PDF of a purpose (a Word draft's source is kept beside its PDF, under another purpose). */
	private DocumentFile latest(long documentId, String purpose) {
		return documents.files(documentId).stream()
				.filter(f -> purpose.equals(f.purpose()) && FileType.PDF.mediaType().equals(f.mediaType()))
				.reduce((a, b) -> b.revision() >= a.revision() ? b : a).orElseThrow();
	}

	private String position(long accountId) {
		return jdbc.sql("select position from official where account_id = ?").param(accountId).query(String.class)
				.optional().orElse("");
	}

	/** The signing module's "no key" and "no image" read as the document's own refusal. */
	private static DomainException missingKey(DomainException e, String code) {
		return "signing.no-key".equals(e.code()) || "signing.no-image".equals(e.code()) ? DomainException.conflict(code) : e;
	}

	/** "du-thao.pdf" → "du-thao-da-ky.pdf". */
	static String signedName(String name) {
		String base = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
		String signed = base + "-da-ky.pdf";
		return signed.length() > 255 ? signed.substring(signed.length() - 255) : signed;
	}
}

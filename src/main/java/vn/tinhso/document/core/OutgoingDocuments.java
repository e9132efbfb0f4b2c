package vn.tinhso.document.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.files.FileStore;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;

/**
 * Outgoing documents (văn bản đi): an official drafts (PDF), sends it along a route of reviewers ending
 * with the leader who signs, who approve or return it with comments (each revision kept); the clerk then
 * issues it: the next number of the register for its type this year, the notation, and delivery to the
 * recipients. Recipients inside the installation find it in their incoming register at once; those outside
 * get a signed edXML package once the issue commits ({@link ExternalDelivery}).
 */
@Service
public class OutgoingDocuments {

	private final Documents documents;
	private final Registers registers;
	private final DocumentTypes types;
	private final DocumentAccess access;
	private final StaffAccess staff;
	private final AgencyDirectory agencies;
	private final IncomingDocuments incoming;
	private final FileStore files;
	private final DocumentSignatures signatures;
	private final DocumentRecalls recalls;
	private final ExternalDelivery external;
	private final JdbcClient jdbc;
	private final Clock clock;

	OutgoingDocuments(Documents documents, Registers registers, DocumentTypes types, DocumentAccess access,
			StaffAccess staff, AgencyDirectory agencies, IncomingDocuments incoming, FileStore files,
			DocumentSignatures signatures, DocumentRecalls recalls, ExternalDelivery external,
			JdbcClient jdbc, Clock clock) {
		this.documents = documents;
		this.registers = registers;
		this.types = types;
		this.access = access;
		this.staff = staff;
		this.agencies = agencies;
		this.incoming = incoming;
		this.files = files;
		this.signatures = signatures;
		this.recalls = recalls;
		this.external = external;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Document draft(Actor actor, DraftForm f) {
		String agencyCode = f.agencyCode() == null ? "" : f.agencyCode().strip();
		if (access.rolesOver(actor, agencyCode).stream().noneMatch(DocumentAccess.STAFF::contains)) {
			throw DomainException.forbidden("document.action.forbidden", "DRAFT");
		}
		FormChecks check = new FormChecks();
		String subject = check.text("subject", f.subject(), 500);
		if (types.find(f.typeCode()).isEmpty()) {
			check.problem("typeCode", "document.type.unknown");
		}
		String unit = f.draftingUnit() == null ? "" : f.draftingUnit().strip();
		if (!unit.matches("[\\p{Lu}\\p{N}]{0,20}")) {
			check.problem("draftingUnit", "document.drafting-unit");
		}
		Urgency urgency = check.choice("urgency", f.urgency(), Urgency.class, Urgency.NORMAL);
		Confidentiality confidentiality = check.choice("confidentiality", f.confidentiality(), Confidentiality.class,
				Confidentiality.NORMAL);
		int pages = f.pageCount() == null ? 1 : f.pageCount();
		if (pages < 1 || pages > 10_000) {
			check.problem("pageCount", "document.page-count");
		}
		List<RecipientEntries.Entry> recipients = RecipientEntries.read(f.recipients(), agencyCode,
				confidentiality.secret(), agencies, check);
		if (f.replyTo() != null && documents.find(f.replyTo())
				.filter(r -> r.direction() == Direction.IN && r.agencyCode().equals(agencyCode)).isEmpty()) {
			check.problem("replyTo", "document.reply.unknown", f.replyTo());
		}
		check.refuseIfAny();
		AgencySummary agency = agencies.findByCode(agencyCode).orElseThrow();
		// A PDF as it is, or a .docx converted to PDF (kept as the revision's SOURCE); stored before any row.
		DraftText.Stored text = DraftText.accept(f.pdf(), f.fileName(), files.maxBytes()).store(files);
		OffsetDateTime now = now();
		long id = documents.insert(new Document(0, agencyCode, Direction.OUT, null, null, null, "", f.typeCode(), subject,
				agency.name(), agencyCode, null, null, urgency, confidentiality, pages, null, Document.DRAFT, "", "", "DRAFT",
				null, f.replyTo(), actor.accountId(), now, 0));
		jdbc.sql("update document set drafting_unit = ? where id = ?").params(unit, id).update();
		text.attach(documents, id, 1, actor.accountId());
		for (RecipientEntries.Entry r : recipients) {
			documents.addRecipient(id, r.code(), r.name(), r.internal());
		}
		documents.append(id, now, actor.accountId(), actor.displayName(), "DRAFT", null, Document.DRAFT, "");
		return documents.find(id).orElseThrow();
	}

	/**
	 * A draft that replaces an issued (or recalled) document of the same agency; when it is issued, the old one
	 * is marked replaced. An unknown document → 400 {@code document.replaces.unknown}; one already replaced →
	 * 409 {@code document.action.wrong-status}.
	 */
	@Transactional
	public Document draftReplacing(Actor actor, DraftForm f, long replacesId) {
		recalls.requireReplaceable(f.agencyCode(), replacesId);
		Document d = draft(actor, f);
		recalls.link(d.id(), replacesId);
		return d;
	}

	/** The drafter sends the draft along its route: reviewers in order, the signing leader last. */
	@Transactional
	public Document submit(Actor actor, long id, List<String> reviewers, String signer) {
		Document d = own(actor, id);
		if (!Set.of(Document.DRAFT, Document.RETURNED).contains(d.status())) {
			throw DomainException.conflict("document.action.wrong-status", "SUBMIT", d.status());
		}
		FormChecks check = new FormChecks();
		List<Actor> route = new ArrayList<>();
		List<String> names = reviewers == null ? List.of() : reviewers;
		for (int i = 0; i < names.size(); i++) {
			Actor r = official(d.agencyCode(), names.get(i), DocumentAccess.STAFF);
			if (r == null) {
				check.problem("reviewers[" + i + "]", "document.reviewer.unknown", String.valueOf(names.get(i)));
			}
			route.add(r);
		}
		Actor leader = official(d.agencyCode(), signer, Set.of(Role.LEADER));
		if (leader == null) {
			check.problem("signer", "document.signer.not-leader", String.valueOf(signer));
		}
		check.refuseIfAny();
		if (documents.reviews(id).isEmpty()) {
			for (int i = 0; i < route.size(); i++) {
				documents.addReview(id, i + 1, route.get(i).accountId(), route.get(i).displayName(), false);
			}
			documents.addReview(id, route.size() + 1, leader.accountId(), leader.displayName(), true);
		}
		else {
			documents.reopenReviews(id);
		}
		Document next = d.withStatus(Document.IN_REVIEW);
		documents.update(next, d.version());
		documents.append(id, now(), actor.accountId(), actor.displayName(), "SUBMIT", d.status(), next.status(), "");
		return next;
	}

	/** The reviewer whose turn it is approves (the last one, the leader, approves it for issuing) or returns it. */
	@Transactional
	public Document review(Actor actor, long id, boolean approve, String comment) {
		Document d = documents.lock(id).filter(x -> x.direction() == Direction.OUT)
				.orElseThrow(() -> DomainException.notFound("document.not-found", id));
		List<Review> route = documents.reviews(id);
		Review turn = route.stream().filter(r -> r.decision() == null).findFirst().orElse(null);
		if (!Document.IN_REVIEW.equals(d.status()) || turn == null) {
			if (!access.canSee(actor, d, List.of(), route)) {
				throw DomainException.notFound("document.not-found", id);
			}
			throw DomainException.conflict("document.action.wrong-status", approve ? "APPROVE" : "RETURN", d.status());
		}
		if (turn.accountId() != actor.accountId()) {
			if (!access.canSee(actor, d, List.of(), route)) {
				throw DomainException.notFound("document.not-found", id);
			}
			throw DomainException.forbidden("document.review.not-your-turn");
		}
		String note = comment == null ? "" : comment.strip();
		if (!approve && note.isEmpty()) {
			throw DomainException.invalidFields(List.of(new vn.tinhso.platform.FieldProblem("comment", "value.required")));
		}
		if (note.length() > 2000) {
			throw DomainException.invalidFields(List.of(new vn.tinhso.platform.FieldProblem("comment", "value.too-long", 2000)));
		}
		// The leader's approval is the signature: the draft is signed first, so a missing key changes nothing.
		DocumentSignatures.Signed signed = approve && turn.signs() ? signatures.signDraft(actor, d) : null;
		OffsetDateTime now = now();
		documents.decide(turn.id(), approve ? "APPROVED" : "RETURNED", note, now);
		Document next = !approve ? d.withStatus(Document.RETURNED)
				: signed != null ? d.approvedBy(actor.displayName(), signed.title()) : d.withStatus(Document.IN_REVIEW);
		documents.update(next, d.version());
		documents.append(id, now, actor.accountId(), actor.displayName(), approve ? (turn.signs() ? "SIGN_OFF" : "APPROVE")
				: "RETURN", d.status(), next.status(), note);
		return next;
	}

	/** A returned draft gets a new revision from its drafter; earlier revisions are kept. */
	@Transactional
	public Document revise(Actor actor, long id, byte[] pdf, String fileName) {
		Document d = own(actor, id);
		if (!Set.of(Document.DRAFT, Document.RETURNED).contains(d.status())) {
			throw DomainException.conflict("document.action.wrong-status", "REVISE", d.status());
		}
		DraftText.Stored text = DraftText.accept(pdf, fileName, files.maxBytes()).store(files);
		int revision = documents.files(id).stream().filter(f -> "DRAFT".equals(f.purpose()))
				.mapToInt(DocumentFile::revision).max().orElse(0) + 1;
		text.attach(documents, id, revision, actor.accountId());
		Document next = d.withStatus(d.status());
		documents.update(next, d.version());
		documents.append(id, now(), actor.accountId(), actor.displayName(), "REVISE", d.status(), d.status(),
				"Bản số " + revision);
		return next;
	}

	/**
	 * The clerk issues an approved document: number and notation from the register, the date, the agency's seal
	 * signature (with the notation) on the leader's signed text as the main file, attachments signed, delivery
	 * into the incoming register of each recipient agency of this installation, and the document it replaces,
	 * if any, marked replaced. No seal key → 409 {@code document.seal.no-key}, nothing changes.
	 */
	@Transactional
	public Document issue(Actor actor, long id) {
		Document d = documents.lock(id).filter(x -> x.direction() == Direction.OUT)
				.orElseThrow(() -> DomainException.notFound("document.not-found", id));
		if (!access.canSee(actor, d, List.of(), documents.reviews(id))) {
			throw DomainException.notFound("document.not-found", id);
		}
		access.require(actor, Role.CLERK, d.agencyCode(), "ISSUE");
		if (!Document.APPROVED.equals(d.status())) {
			throw DomainException.conflict("document.action.wrong-status", "ISSUE", d.status());
		}
		Optional<Document> replaced = recalls.lockReplaced(id);
		signatures.requireSeal(d.agencyCode());
		OffsetDateTime now = now();
		LocalDate today = now.atZoneSameInstant(ProvinceTime.ZONE).toLocalDate();
		long register = registers.registerOf(d.agencyCode(), Direction.OUT, d.confidentiality().secret());
		int number = registers.next(register, today.getYear(), d.typeCode());
		AgencySummary agency = agencies.findByCode(d.agencyCode()).orElseThrow();
		String unit = jdbc.sql("select drafting_unit from document where id = ?").param(id).query(String.class).single();
		String notation = Notations.of(number, types.find(d.typeCode()).orElseThrow().notation(), agency.abbreviation(),
				unit.isEmpty() ? "VP" : unit);
		Document next = d.issued(register, today.getYear(), number, notation, today);
		documents.update(next, d.version());
		List<DocumentFile> sealed = signatures.seal(actor, next, notationFileName(notation));
		documents.append(id, now, actor.accountId(), actor.displayName(), "ISSUE", d.status(), next.status(),
				replaced.map(old -> notation + "; thay thế văn bản " + old.notation()).orElse(notation));
		String body = PdfText.folded(files.read(sealed.get(0).sha256()));
		documents.setBody(id, body);
		deliver(actor, next, sealed, body);
		replaced.ifPresent(old -> recalls.replaced(actor, old, next, now));
		return next;
	}

	/** Internal recipients get the document in their incoming register, with the sealed files. */
	private void deliver(Actor actor, Document issued, List<DocumentFile> sealed, String body) {
		for (Recipient r : documents.recipients(issued.id()).stream().filter(Recipient::internal).toList()) {
			Document arrived = incoming.newIncoming(r.agencyCode(), issued.typeCode(), issued.notation(), issued.subject(),
					issued.issuerName(), issued.agencyCode(), issued.issuedOn(), issued.urgency(), issued.confidentiality(),
					issued.pageCount(), null, "INTERNAL", issued.id(), actor);
			for (DocumentFile f : sealed) {
				documents.attach(arrived.id(), f.purpose(), 1, f.sha256(), f.fileName(), f.mediaType(), f.size(),
						actor.accountId());
			}
			documents.setBody(arrived.id(), body);
			documents.delivered(r.id(), "ARRIVED", arrived.id());
		}
		// Recipients outside the installation get an edXML package once the issue commits.
		external.schedule(issued);
	}

	private Document own(Actor actor, long id) {
		Document d = documents.lock(id).filter(x -> x.direction() == Direction.OUT)
				.orElseThrow(() -> DomainException.notFound("document.not-found", id));
		if (d.createdBy() != actor.accountId()) {
			if (!access.canSee(actor, d, List.of(), documents.reviews(id))) {
				throw DomainException.notFound("document.not-found", id);
			}
			throw DomainException.forbidden("document.action.forbidden", "DRAFT");
		}
		return d;
	}

	/** An official of the agency holding one of the roles, by username; null if none. */
	private Actor official(String agencyCode, String username, Set<Role> roles) {
		if (username == null || username.isBlank()) {
			return null;
		}
		for (Role role : roles) {
			for (Actor o : staff.officialsWithRole(agencyCode, role)) {
				if (o.username().equalsIgnoreCase(username.strip())) {
					return o;
				}
			}
		}
		return null;
	}

	private static String notationFileName(String notation) {
		return notation.replace('/', '_') + ".pdf";
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}
}

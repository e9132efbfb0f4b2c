package vn.tinhso.document.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.files.FileStore;
import vn.tinhso.files.FileType;
import vn.tinhso.files.StoredFile;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;

/**
 * Incoming documents (văn bản đến): the clerk registers them with their arrival number, a leader assigns
 * a lead and cooperating units or people with deadlines, the assignees report progress and the lead
 * completes the document. A document delivered from inside the installation reports each step back to
 * the sender's recipient list.
 */
@Service
public class IncomingDocuments {

	private final Documents documents;
	private final Registers registers;
	private final DocumentTypes types;
	private final DocumentAccess access;
	private final StaffAccess staff;
	private final AgencyDirectory agencies;
	private final FileStore files;
	private final FileSignatures signatures;
	private final JdbcClient jdbc;
	private final Clock clock;

	IncomingDocuments(Documents documents, Registers registers, DocumentTypes types, DocumentAccess access,
			StaffAccess staff, AgencyDirectory agencies, FileStore files, FileSignatures signatures, JdbcClient jdbc,
			Clock clock) {
		this.documents = documents;
		this.registers = registers;
		this.types = types;
		this.access = access;
		this.staff = staff;
		this.agencies = agencies;
		this.files = files;
		this.signatures = signatures;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Registers a document with the next arrival number of the agency's (secret or ordinary) register. */
	@Transactional
	public Document register(Actor actor, IncomingForm f) {
		access.require(actor, Role.CLERK, f.agencyCode() == null ? "" : f.agencyCode(), "REGISTER");
		FormChecks check = new FormChecks();
		String subject = check.text("subject", f.subject(), 500);
		String issuer = check.text("issuerName", f.issuerName(), 300);
		String notation = check.text("notation", f.notation(), 60);
		if (!notation.isEmpty() && !Notations.plausible(notation)) {
			check.problem("notation", "document.notation.format");
		}
		if (types.find(f.typeCode()).isEmpty()) {
			check.problem("typeCode", "document.type.unknown");
		}
		LocalDate today = today();
		if (f.issuedOn() == null) {
			check.problem("issuedOn", "value.required");
		}
		else if (f.issuedOn().isAfter(today)) {
			check.problem("issuedOn", "document.date.future");
		}
		if (f.dueOn() != null && f.dueOn().isBefore(today)) {
			check.problem("dueOn", "document.date.past");
		}
		int pages = f.pageCount() == null ? 1 : f.pageCount();
		if (pages < 1 || pages > 10_000) {
			check.problem("pageCount", "document.page-count");
		}
		Urgency urgency = check.choice("urgency", f.urgency(), Urgency.class, Urgency.NORMAL);
		Confidentiality confidentiality = check.choice("confidentiality", f.confidentiality(), Confidentiality.class,
				Confidentiality.NORMAL);
		check.refuseIfAny();
		if (alreadyRegistered(f.agencyCode(), issuer, notation, f.issuedOn())) {
			throw DomainException.conflict("document.duplicate", notation, issuer);
		}
		StoredFile pdf = files.store("file", f.pdf(), Set.of(FileType.PDF));
		// Verified before the register's number is taken (and locked until commit). Unsigned scans and broken
		// signatures are registered all the same; the document's page says which it is.
		signatures.record(pdf.sha256(), f.pdf());
		Document d = newIncoming(f.agencyCode(), f.typeCode(), notation, subject, issuer, blankToNull(f.issuerCode()),
				f.issuedOn(), urgency, confidentiality, pages, f.dueOn(), f.scanned() ? "SCAN" : "UPLOAD", null, actor);
		documents.attach(d.id(), "MAIN", 1, pdf.sha256(), fileName(f.fileName()), pdf.type().mediaType(), pdf.size(),
				actor.accountId());
		documents.setBody(d.id(), PdfText.folded(f.pdf()));
		return d;
	}

	/**
	 * Puts a document into the agency's incoming register with its next number; shared by registration and
	 * by delivery from an outgoing document inside the installation.
	 */
	Document newIncoming(String agencyCode, String typeCode, String notation, String subject, String issuer,
			String issuerCode, LocalDate issuedOn, Urgency urgency, Confidentiality confidentiality, int pages,
			LocalDate dueOn, String source, Long originId, Actor actor) {
		OffsetDateTime now = now();
		long register = registers.registerOf(agencyCode, Direction.IN, confidentiality.secret());
		int year = now.atZoneSameInstant(ProvinceTime.ZONE).getYear();
		int number = registers.next(register, year, "");
		Document draft = new Document(0, agencyCode, Direction.IN, register, year, number, notation, typeCode, subject,
				issuer, issuerCode, issuedOn, now, urgency, confidentiality, pages, dueOn, Document.REGISTERED, "", "",
				source, originId, null, actor.accountId(), now, 0);
		long id = documents.insert(draft);
		documents.append(id, now, actor.accountId(), actor.displayName(), "REGISTER", null, Document.REGISTERED,
				"Số đến " + number);
		return documents.find(id).orElseThrow();
	}

	/** A leader assigns the document; the first assignment needs exactly one lead. */
	@Transactional
	public Document assign(Actor actor, long id, List<AssignmentInput> lines) {
		Document d = visible(actor, id, true);
		List<Assignment> existing = documents.assignments(id);
		String leaderOver = leaderAgency(actor, d, existing);
		if (Document.DONE.equals(d.status()) || d.withdrawn()) {
			throw DomainException.conflict("document.action.wrong-status", "ASSIGN", d.status());
		}
		FormChecks check = new FormChecks();
		if (lines == null || lines.isEmpty()) {
			check.problem("assignments", "value.required");
			check.refuseIfAny();
		}
		long leads = lines.stream().filter(l -> Assignment.LEAD.equals(l.kind())).count();
		boolean hasLead = existing.stream().anyMatch(a -> Assignment.LEAD.equals(a.kind()) && a.parentId() == null);
		if (!hasLead && leads != 1 || hasLead && leads > 0 && leaderOver.equals(d.agencyCode())) {
			check.problem("assignments", "document.assign.one-lead");
		}
		OffsetDateTime now = now();
		Long parent = leaderOver.equals(d.agencyCode()) ? null : existing.stream()
				.filter(a -> leaderOver.equals(a.agencyCode())).map(Assignment::id).findFirst().orElse(null);
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			AssignmentInput l = lines.get(i);
			String field = "assignments[" + i + "]";
			if (!Set.of(Assignment.LEAD, Assignment.COOPERATE, Assignment.INFO).contains(l.kind())) {
				check.problem(field + ".kind", "value.not-allowed", String.valueOf(l.kind()));
				continue;
			}
			if (l.dueOn() != null && l.dueOn().isBefore(today())) {
				check.problem(field + ".dueOn", "document.date.past");
			}
			String note = l.note() == null ? "" : l.note().strip();
			if (note.length() > 2000) {
				check.problem(field + ".note", "value.too-long", 2000);
			}
			Assignee who = assignee(d, leaderOver, l, field, check);
			if (who != null) {
				documents.assign(id, l.kind(), who.agencyCode(), who.accountId(), who.name(), l.dueOn(), note, parent,
						actor.accountId(), now);
				names.append(names.isEmpty() ? "" : "; ").append(kindLabel(l.kind())).append(": ").append(who.name());
			}
		}
		check.refuseIfAny();
		Document next = d.withStatus(Document.ASSIGNED);
		documents.update(next, d.version());
		documents.append(id, now, actor.accountId(), actor.displayName(), "ASSIGN", d.status(), next.status(), names.toString());
		reportBack(d, "ASSIGNED");
		return next;
	}

	/** A progress note by anyone handling the document. */
	@Transactional
	public Document note(Actor actor, long id, String text) {
		Document d = visible(actor, id, true);
		FormChecks check = new FormChecks();
		String note = check.text("note", text, 2000);
		check.refuseIfAny();
		if (Document.DONE.equals(d.status()) || d.withdrawn()) {
			throw DomainException.conflict("document.action.wrong-status", "PROGRESS", d.status());
		}
		documents.append(id, now(), actor.accountId(), actor.displayName(), "PROGRESS", d.status(), d.status(), note);
		reportBack(d, "PROCESSING");
		return d;
	}

	/** The lead (or a leader of the agency) completes the document, optionally naming the outgoing reply. */
	@Transactional
	public Document complete(Actor actor, long id, String note, Long replyId) {
		Document d = visible(actor, id, true);
		List<Assignment> assignments = documents.assignments(id);
		boolean lead = assignments.stream().anyMatch(a -> Assignment.LEAD.equals(a.kind()) && isMine(actor, a));
		if (!lead && !access.rolesOver(actor, d.agencyCode()).contains(Role.LEADER)) {
			throw DomainException.forbidden("document.action.forbidden", "COMPLETE");
		}
		if (!Document.ASSIGNED.equals(d.status())) {
			throw DomainException.conflict("document.action.wrong-status", "COMPLETE", d.status());
		}
		if (replyId != null && documents.find(replyId).filter(r -> r.direction() == Direction.OUT
				&& r.agencyCode().equals(d.agencyCode())).isEmpty()) {
			throw DomainException.invalid("document.reply.unknown", replyId);
		}
		OffsetDateTime now = now();
		Document next = d.withStatus(Document.DONE);
		documents.update(next, d.version());
		documents.completeAssignments(id, now);
		if (replyId != null) {
			jdbc.sql("update document set reply_to_id = ? where id = ? and reply_to_id is null").params(id, replyId).update();
		}
		documents.append(id, now, actor.accountId(), actor.displayName(), "COMPLETE", d.status(), next.status(),
				note == null ? "" : note.strip());
		reportBack(d, "DONE");
		return next;
	}

	/** The document if the actor may see it (locked when about to change it); every access is audited by the caller. */
	Document visible(Actor actor, long id, boolean lock) {
		Document d = (lock ? documents.lock(id) : documents.find(id)).filter(x -> x.direction() == Direction.IN)
				.orElseThrow(() -> DomainException.notFound("document.not-found", id));
		if (!access.canSee(actor, d, documents.assignments(id), List.of())) {
			throw DomainException.notFound("document.not-found", id);
		}
		return d;
	}

	private boolean isMine(Actor actor, Assignment a) {
		if (a.accountId() != null) {
			return a.accountId() == actor.accountId();
		}
		return staff.holdsAnyRoleWithin(actor.accountId(), DocumentAccess.STAFF, a.agencyCode());
	}

	/** The agency whose leader the actor is for this document: its own, or a unit it was assigned to. */
	private String leaderAgency(Actor actor, Document d, List<Assignment> existing) {
		if (access.rolesOver(actor, d.agencyCode()).contains(Role.LEADER)) {
			return d.agencyCode();
		}
		return existing.stream().filter(a -> a.agencyCode() != null && a.completedAt() == null)
				.filter(a -> access.rolesOver(actor, a.agencyCode()).contains(Role.LEADER)).map(Assignment::agencyCode)
				.findFirst().orElseThrow(() -> DomainException.forbidden("document.action.forbidden", "ASSIGN"));
	}

	private record Assignee(String agencyCode, Long accountId, String name) {
	}

	/** A unit inside the assigning agency's tree, or an official working there; secret documents go to people only. */
	private Assignee assignee(Document d, String within, AssignmentInput l, String field, FormChecks check) {
		boolean byPerson = l.username() != null && !l.username().isBlank();
		boolean byUnit = l.agencyCode() != null && !l.agencyCode().isBlank();
		if (byPerson == byUnit) {
			check.problem(field, "document.assignee.one-of");
			return null;
		}
		AgencySummary scope = agencies.findByCode(within).orElseThrow();
		List<AgencySummary> tree = agencies.subtree(scope.id());
		if (byUnit) {
			if (d.confidentiality().secret()) {
				check.problem(field + ".agencyCode", "document.secret.people-only");
				return null;
			}
			return tree.stream().filter(a -> a.code().equals(l.agencyCode().strip()) && a.active()).findFirst()
					.map(a -> new Assignee(a.code(), null, a.name())).orElseGet(() -> {
						check.problem(field + ".agencyCode", "document.assignee.outside", l.agencyCode().strip());
						return null;
					});
		}
		for (AgencySummary a : tree) {
			for (Role role : DocumentAccess.STAFF) {
				for (Actor o : staff.officialsWithRole(a.code(), role)) {
					if (o.username().equalsIgnoreCase(l.username().strip())) {
						return new Assignee(null, o.accountId(), o.displayName());
					}
				}
			}
		}
		check.problem(field + ".username", "document.assignee.outside", l.username().strip());
		return null;
	}

	private boolean alreadyRegistered(String agencyCode, String issuer, String notation, LocalDate issuedOn) {
		return jdbc.sql("""
				select exists (select 1 from document where agency_code = ? and direction = 'IN' and issuer_name = ?
				               and notation = ? and issued_on = ?)""")
				.params(agencyCode, issuer, notation, issuedOn).query(Boolean.class).single();
	}

	/** An incoming document delivered from another agency here: the sender sees how it is handled. */
	private void reportBack(Document d, String status) {
		if (d.originId() != null) {
			documents.recipientStatus(d.originId(), d.agencyCode(), status);
		}
	}

	private static String kindLabel(String kind) {
		return switch (kind) {
			case Assignment.LEAD -> "Chủ trì";
			case Assignment.COOPERATE -> "Phối hợp";
			default -> "Để biết";
		};
	}

	static String fileName(String name) {
		String base = name == null ? "" : name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
		return base.isEmpty() ? "van-ban.pdf" : base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ProvinceTime.ZONE));
	}
}

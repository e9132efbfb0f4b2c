package vn.tinhso.document.core;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.directory.Role;
import vn.tinhso.document.DocumentRecalled;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/**
 * Recall and replacement of issued documents (Decree 30/2020): the issuing agency's clerk or leader recalls
 * a document with a reason, and the copies delivered inside the installation are marked recalled at once
 * (kept, with their history, off the active lists); a later document may name one it replaces, which is
 * marked replaced, with links both ways, when the new one is issued.
 */
@Service
public class DocumentRecalls {

	private static final Set<String> REPLACEABLE = Set.of(Document.ISSUED, Document.RECALLED);

	private final Documents documents;
	private final DocumentAccess access;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;

	DocumentRecalls(Documents documents, DocumentAccess access, ApplicationEventPublisher events, JdbcClient jdbc,
			Clock clock) {
		this.documents = documents;
		this.access = access;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Document recall(Actor actor, long id, String reason) {
		Document d = documents.lock(id).filter(x -> x.direction() == Direction.OUT)
				.orElseThrow(() -> DomainException.notFound("document.not-found", id));
		if (!access.canSee(actor, d, List.of(), documents.reviews(id))) {
			throw DomainException.notFound("document.not-found", id);
		}
		Set<Role> roles = access.rolesOver(actor, d.agencyCode());
		if (!roles.contains(Role.CLERK) && !roles.contains(Role.LEADER)) {
			throw DomainException.forbidden("document.action.forbidden", "RECALL");
		}
		if (!Document.ISSUED.equals(d.status())) {
			throw DomainException.conflict("document.action.wrong-status", "RECALL", d.status());
		}
		FormChecks check = new FormChecks();
		String why = check.text("reason", reason, 2000);
		check.refuseIfAny();
		OffsetDateTime now = now();
		Document next = d.withStatus(Document.RECALLED);
		documents.update(next, d.version());
		documents.append(id, now, actor.accountId(), actor.displayName(), "RECALL", d.status(), next.status(), why);
		markCopies(actor, d, Document.RECALLED, "RECALL", "Cơ quan ban hành thu hồi văn bản: " + why, now);
		events.publishEvent(new DocumentRecalled(id, d.agencyCode(), d.notation(), why));
		return next;
	}

	/** At drafting: the document replaced must be an issued (or recalled) outgoing one of the same agency. */
	void requireReplaceable(String agencyCode, long replacesId) {
		Document old = documents.find(replacesId)
				.filter(o -> o.direction() == Direction.OUT && o.agencyCode().equals(agencyCode == null ? "" : agencyCode.strip()))
				.orElseThrow(() -> DomainException.invalidFields(List.of(
						new FieldProblem("replacesId", "document.replaces.unknown", replacesId))));
		if (!REPLACEABLE.contains(old.status())) {
			throw DomainException.conflict("document.action.wrong-status", "REPLACE", old.status());
		}
	}

	void link(long draftId, long replacesId) {
		jdbc.sql("update document set replaces_id = ? where id = ?").params(replacesId, draftId).update();
	}

	/**
	 * Before an issue changes anything: the document this one replaces, locked, if it names one; refused when
	 * that one was replaced meanwhile.
	 */
	Optional<Document> lockReplaced(long id) {
		Long replaces = jdbc.sql("select replaces_id from document where id = ?").param(id).query(Long.class).optional()
				.orElse(null);
		if (replaces == null) {
			return Optional.empty();
		}
		Document old = documents.lock(replaces).orElseThrow();
		if (!REPLACEABLE.contains(old.status())) {
			throw DomainException.conflict("document.action.wrong-status", "REPLACE", old.status());
		}
		return Optional.of(old);
	}

	/** Once the replacement is issued: the old one is REPLACED and points to it, and so are its delivered copies. */
	void replaced(Actor actor, Document old, Document replacement, OffsetDateTime now) {
		Document next = old.withStatus(Document.REPLACED);
		documents.update(next, old.version());
		jdbc.sql("update document set replaced_by_id = ? where id = ?").params(replacement.id(), old.id()).update();
		String note = "Được thay thế bởi văn bản " + replacement.notation();
		documents.append(old.id(), now, actor.accountId(), actor.displayName(), "REPLACE", old.status(), next.status(), note);
		markCopies(actor, old, Document.REPLACED, "REPLACE", note, now);
	}

	/** The incoming copies made inside the installation follow their original; their history says why. */
	private void markCopies(Actor actor, Document original, String status, String action, String note,
			OffsetDateTime now) {
		for (Recipient r : documents.recipients(original.id())) {
			if (!r.internal() || r.deliveredId() == null) {
				continue;
			}
			documents.lock(r.deliveredId()).filter(copy -> !copy.withdrawn()).ifPresent(copy -> {
				documents.update(copy.withStatus(status), copy.version());
				documents.append(copy.id(), now, actor.accountId(), actor.displayName(), action, copy.status(), status, note);
			});
			if (Document.RECALLED.equals(status)) {
				documents.delivered(r.id(), "RECALLED", r.deliveredId());
			}
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}
}

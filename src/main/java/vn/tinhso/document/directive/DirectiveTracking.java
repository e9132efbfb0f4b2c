package vn.tinhso.document.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.files.FileStore;
import vn.tinhso.files.FileType;
import vn.tinhso.files.StoredFile;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;

/**
 * Following a leader's directives (theo dõi ý kiến chỉ đạo): a leader records one for units of their agency,
 * the units report progress, the lead unit's leader (or the issuing agency's) completes it, and the issuing
 * agency's leaders may extend the deadline or cancel it with a reason. Each change is one transaction that
 * also appends to the history and the audit log; a change that does not fit the status is refused (409)
 * and changes nothing.
 */
@Service
public class DirectiveTracking {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Directives directives;
	private final DirectiveAccess access;
	private final DirectiveInputs inputs;
	private final FileStore files;
	private final AuditLog audit;
	private final Clock clock;

	DirectiveTracking(Directives directives, DirectiveAccess access, DirectiveInputs inputs, FileStore files,
			AuditLog audit, Clock clock) {
		this.directives = directives;
		this.access = access;
		this.inputs = inputs;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Directive create(Actor actor, DirectiveForm f) {
		String agencyCode = f.agencyCode() == null ? "" : f.agencyCode().strip();
		if (!access.leads(actor, agencyCode)) {
			throw DomainException.forbidden("directive.leader-only", agencyCode);
		}
		Checks check = new Checks();
		String content = check.text("content", f.content(), 4000);
		String output = check.text("expectedOutput", f.expectedOutput(), 2000);
		LocalDate today = today();
		DirectiveInputs.Source source = inputs.source(actor, f, today, check);
		if (f.dueOn() == null) {
			check.problem("dueOn", "value.required");
		}
		else if (f.dueOn().isBefore(today)) {
			check.problem("dueOn", "directive.due.past");
		}
		List<AgencySummary> units = inputs.units(agencyCode, f, check);
		check.refuseIfAny();

		OffsetDateTime now = now();
		AgencySummary lead = units.get(0);
		Directive draft = new Directive(0, agencyCode, content, source.kind(), source.meetingName(), source.meetingOn(),
				source.documentId(), source.label(), lead.code(), lead.name(), f.dueOn(), output, Directive.OPEN, 0, "",
				actor.accountId(), actor.displayName(), now, today, null, null, 0);
		long id = directives.insert(draft);
		for (int i = 0; i < units.size(); i++) {
			directives.addUnit(id, units.get(i).code(), units.get(i).name(), i == 0 ? DirectiveUnit.LEAD : DirectiveUnit.COOPERATE);
		}
		directives.append(id, now, actor.accountId(), actor.displayName(), "CREATE", null, Directive.OPEN, null, f.dueOn(),
				"Chủ trì: " + lead.name());
		audit.record("directive.create", "directive", Long.toString(id), agencyCode + " → " + lead.code());
		return directives.find(id).orElseThrow();
	}

	/** A report by an official of the lead or a cooperating unit; the lead unit's reports set the headline percent. */
	@Transactional
	public Directive report(Actor actor, long id, Integer percent, String note, byte[] pdf, String fileName) {
		Directive d = visible(actor, id);
		List<DirectiveUnit> units = directives.units(id);
		DirectiveUnit unit = access.reportingUnit(actor, units)
				.orElseThrow(() -> DomainException.forbidden("directive.progress.not-a-unit"));
		requireOpen(d, "PROGRESS");
		Checks check = new Checks();
		String text = check.text("note", note, 2000);
		if (percent == null) {
			check.problem("percent", "value.required");
		}
		else if (percent < 0 || percent > 100) {
			check.problem("percent", "directive.progress.percent");
		}
		check.refuseIfAny();
		String sha = null;
		String name = null;
		if (pdf != null && pdf.length > 0) {
			StoredFile stored = files.store("file", pdf, Set.of(FileType.PDF));
			sha = stored.sha256();
			name = fileName(fileName);
		}
		OffsetDateTime now = now();
		directives.addProgress(id, unit.agencyCode(), percent, text, sha, name, actor.accountId(), actor.displayName(), now);
		boolean lead = DirectiveUnit.LEAD.equals(unit.role());
		Directive next = lead ? with(d, d.dueOn(), d.status(), percent, d.resultNote(), null, null) : d;
		if (lead) {
			directives.update(next, d.version());
		}
		directives.append(id, now, actor.accountId(), actor.displayName(), "PROGRESS", d.status(), d.status(), null, null,
				unit.name() + " — " + percent + "%: " + text);
		audit.record("directive.progress", "directive", Long.toString(id), unit.agencyCode() + " " + percent + "%");
		return directives.find(id).orElseThrow();
	}

	@Transactional
	public Directive complete(Actor actor, long id, String resultNote) {
		Directive d = visible(actor, id);
		if (!access.canComplete(actor, d)) {
			throw DomainException.forbidden("directive.action.forbidden", "COMPLETE");
		}
		requireOpen(d, "COMPLETE");
		Checks check = new Checks();
		String note = check.text("note", resultNote, 2000);
		check.refuseIfAny();
		OffsetDateTime now = now();
		Directive next = with(d, d.dueOn(), Directive.DONE, 100, note, now, today());
		directives.update(next, d.version());
		directives.append(id, now, actor.accountId(), actor.displayName(), "COMPLETE", d.status(), Directive.DONE, null,
				null, note);
		audit.record("directive.complete", "directive", Long.toString(id), next.completion());
		return directives.find(id).orElseThrow();
	}

	/** A later deadline, with the reason; the old one stays in the history. */
	@Transactional
	public Directive extend(Actor actor, long id, LocalDate newDue, String reason) {
		Directive d = visible(actor, id);
		if (!access.leads(actor, d.agencyCode())) {
			throw DomainException.forbidden("directive.action.forbidden", "EXTEND");
		}
		requireOpen(d, "EXTEND");
		Checks check = new Checks();
		if (newDue == null) {
			check.problem("dueOn", "value.required");
		}
		else if (newDue.isBefore(today())) {
			check.problem("dueOn", "directive.due.past");
		}
		else if (!newDue.isAfter(d.dueOn())) {
			check.problem("dueOn", "directive.due.not-later", DAY.format(d.dueOn()));
		}
		String why = check.text("reason", reason, 2000);
		check.refuseIfAny();
		OffsetDateTime now = now();
		directives.update(with(d, newDue, d.status(), d.progress(), d.resultNote(), null, null), d.version());
		directives.append(id, now, actor.accountId(), actor.displayName(), "EXTEND", d.status(), d.status(), d.dueOn(),
				newDue, why);
		audit.record("directive.extend", "directive", Long.toString(id), d.dueOn() + " → " + newDue);
		return directives.find(id).orElseThrow();
	}

	@Transactional
	public Directive cancel(Actor actor, long id, String reason) {
		Directive d = visible(actor, id);
		if (!access.leads(actor, d.agencyCode())) {
			throw DomainException.forbidden("directive.action.forbidden", "CANCEL");
		}
		requireOpen(d, "CANCEL");
		Checks check = new Checks();
		String why = check.text("reason", reason, 2000);
		check.refuseIfAny();
		OffsetDateTime now = now();
		directives.update(with(d, d.dueOn(), Directive.CANCELLED, d.progress(), d.resultNote(), now, null), d.version());
		directives.append(id, now, actor.accountId(), actor.displayName(), "CANCEL", d.status(), Directive.CANCELLED, null,
				null, why);
		audit.record("directive.cancel", "directive", Long.toString(id), why);
		return directives.find(id).orElseThrow();
	}

	/** The directive, locked, if the actor may see it; otherwise "not found", as for a directive that does not exist. */
	private Directive visible(Actor actor, long id) {
		Directive d = directives.lock(id).orElseThrow(() -> DomainException.notFound("directive.not-found", id));
		if (!access.canSee(actor, d, directives.units(id))) {
			throw DomainException.notFound("directive.not-found", id);
		}
		return d;
	}

	private static void requireOpen(Directive d, String action) {
		if (!Directive.OPEN.equals(d.status())) {
			throw DomainException.conflict("directive.wrong-status", action, d.status());
		}
	}

	private static Directive with(Directive d, LocalDate dueOn, String status, int progress, String resultNote,
			OffsetDateTime closedAt, LocalDate completedOn) {
		return new Directive(d.id(), d.agencyCode(), d.content(), d.sourceKind(), d.meetingName(), d.meetingOn(),
				d.documentId(), d.sourceLabel(), d.leadCode(), d.leadName(), dueOn, d.expectedOutput(), status, progress,
				resultNote, d.issuedBy(), d.issuerName(), d.createdAt(), d.createdOn(), closedAt, completedOn, d.version());
	}

	static String fileName(String name) {
		String base = name == null ? "" : name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
		return base.isEmpty() ? "bao-cao.pdf" : base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ProvinceTime.ZONE));
	}
}

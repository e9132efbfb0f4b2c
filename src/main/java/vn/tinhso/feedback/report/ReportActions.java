package vn.tinhso.feedback.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.feedback.ReportStatus;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.photo.FeedbackPhotos;
import vn.tinhso.feedback.photo.PreparedPhoto;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/**
 * Takes the handling actions of {@link Action} on a report. Order of checks: the report exists and
 * the actor may see it (else 404), may take this action (else 403), read the current version (else
 * 409), the status allows it (else 409), the input is valid (else 400); a refusal changes nothing.
 */
@Service
public class ReportActions {

	static final Set<String> REASONS = Set.of("SPAM", "OUT_OF_SCOPE", "DUPLICATE");
	/** The history action of an answer the reporter gave by phone, written down by an official. */
	public static final String PHONE_ANSWER = "INFO_BY_PHONE";
	/** Who may write down such an answer: the IOC and the responsible agency (its leaders, staff and handler). */
	private static final Set<Relation> PHONE_RECORDERS = EnumSet.of(Relation.OPERATOR, Relation.LEADER, Relation.STAFF,
			Relation.HANDLER);
	/** Actions that change what the public map may count or show: its cached counts are dropped after them. */
	private static final Set<Action> MODERATION = EnumSet.of(Action.HIDE, Action.REDACT);
	private static final int MAX_NOTE = 2000;
	private static final int MAX_ANSWER = 4000;

	private final FieldReports reports;
	private final ReportAccess access;
	private final ReportCategories categories;
	private final AgencyDirectory agencies;
	private final FeedbackPhotos photos;
	private final ReportDeadlines deadlines;
	private final FeedbackProperties properties;
	private final StepAnnouncer events;
	private final PublicMap publicMap;
	private final AuditLog audit;
	private final Clock clock;

	ReportActions(FieldReports reports, ReportAccess access, ReportCategories categories, AgencyDirectory agencies,
			FeedbackPhotos photos, ReportDeadlines deadlines, FeedbackProperties properties, StepAnnouncer events,
			PublicMap publicMap, AuditLog audit, Clock clock) {
		this.reports = reports;
		this.access = access;
		this.categories = categories;
		this.agencies = agencies;
		this.photos = photos;
		this.deadlines = deadlines;
		this.properties = properties;
		this.events = events;
		this.publicMap = publicMap;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Report act(Actor actor, String code, Action action, ActionInput in) {
		return take(actor, code, action, in).report();
	}

	/**
	 * {@link #act}, answering with how the actor stands to the report now: the relations come from the roles
	 * read for the action, read again only when the action moved the report to another agency. The relations
	 * may be empty (the action took the report out of the actor's sight): the caller answers as a read would.
	 */
	@Transactional
	public ReportViews.Seen actAndSee(Actor actor, String code, Action action, ActionInput in) {
		Taken t = take(actor, code, action, in);
		return new ReportViews.Seen(t.report(), access.relations(actor, t.report(), t.standing()));
	}

	/** A report after an action, with the roles of the actor read to check it. */
	private record Taken(Report report, ReportAccess.Standing standing) {
	}

	private Taken take(Actor actor, String code, Action action, ActionInput in) {
		Report r = reports.lock(code).orElseThrow(() -> DomainException.notFound("feedback.report.not-found", code));
		ReportAccess.Standing standing = access.standing(actor, r.agencyCode());
		Set<Relation> relations = access.relations(actor, r, standing);
		if (relations.isEmpty()) {
			throw DomainException.notFound("feedback.report.not-found", code);
		}
		if (!action.allowedFor(relations)) {
			throw DomainException.forbidden("feedback.action.forbidden", action.name());
		}
		if (in.expectedVersion() != null && in.expectedVersion() != r.version()) {
			throw DomainException.conflict("feedback.report.stale", code);
		}
		if (!action.allowedFrom(r.status())) {
			throw DomainException.conflict("feedback.action.wrong-status", action.name(), r.status().name());
		}
		ReportStatus before = r.status();
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		String note = text(in.note(), "note", MAX_NOTE);
		String publicNote = switch (action) {
			case VERIFY -> verify(r, now);
			case ASSIGN, REASSIGN -> assign(r, action, in, now);
			case REJECT -> reject(r, in, note, now);
			case ASSIGN_HANDLER -> assignHandler(r, in, now);
			case RESOLVE -> resolve(actor, r, in, now);
			case RETURN -> returnToIoc(r, note, now);
			case REOPEN -> reopen(r, note, now);
			case RATE -> rate(r, in, note, now);
			case HIDE -> hide(r, note, now);
			case REDACT -> redact(r, in, now);
			case REQUEST_INFO -> requestInfo(r, note, now);
			case PROVIDE_INFO -> provideInfo(actor.accountId(), r, note, in, now);
		};
		String entryNote = action == Action.RESOLVE ? publicNote : note;
		Report after = reports.update(r, new ReportEvent(0, now, actor.accountId(), actor.displayName(), action.name(),
				before, r.status(), r.agencyCode(), entryNote, action.publicEntry(), action.publicNote()));
		if (MODERATION.contains(action)) {
			publicMap.moderated();
		}
		events.publish(after, action.name(), action.publicNote() ? publicNote : "");
		return new Taken(after, standing);
	}

	/** The actions the actor could take on the report now, for the buttons of a page. */
	public List<Action> available(Actor actor, Report r, Set<Relation> relations) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Action> result = new ArrayList<>();
		for (Action a : Action.values()) {
			if (a.allowedFor(relations) && a.allowedFrom(r.status()) && !(a == Action.REOPEN && !r.mayReopen(now,
					properties.reopenDays())) && !(a == Action.RATE && r.rating() != null) && !(a == Action.HIDE && r.hidden())
					&& !(a == Action.REQUEST_INFO && now.isAfter(deadlines.infoDue(r.verifiedAt() == null ? r.submittedAt()
							: r.verifiedAt())))) {
				result.add(a);
			}
		}
		return result;
	}

	private String verify(Report r, OffsetDateTime now) {
		ReportDeadlines.Due due = deadlines.resolveAndPublishDue(null, now);
		r.verify(now, due.resolve(), due.publish());
		return "";
	}

	private String assign(Report r, Action action, ActionInput in, OffsetDateTime now) {
		String chosen = in.agencyCode() == null || in.agencyCode().isBlank() ? null : in.agencyCode().strip();
		String agency = chosen != null ? chosen
				: categories.find(r.categoryCode()).map(c -> c.responsibleAgency(r.place().communeCode())).orElse(null);
		if (agency == null) {
			throw DomainException.invalidFields(List.of(new FieldProblem("agencyCode", "feedback.agency.required")));
		}
		AgencySummary a = agencies.findByCode(agency).filter(AgencySummary::active).orElseThrow(() ->
				DomainException.invalidFields(List.of(new FieldProblem("agencyCode", "feedback.agency.unknown", agency))));
		ReportDeadlines.Due due = deadlines.resolveAndPublishDue(a.code(), now);
		r.assign(action, a.code(), now, due.resolve(), due.publish());
		return "";
	}

	private String reject(Report r, ActionInput in, String note, OffsetDateTime now) {
		String reason = in.reason() == null ? "" : in.reason().strip().toUpperCase(java.util.Locale.ROOT);
		if (!REASONS.contains(reason)) {
			throw DomainException.invalidFields(List.of(new FieldProblem("reason", "feedback.reject.reason")));
		}
		Long target = null;
		if ("DUPLICATE".equals(reason)) {
			Report original = mergeTarget(r, in.mergeInto());
			target = original.id();
			reports.moveFollowers(r, target);
		}
		r.reject(reason, target, now);
		return note;
	}

	private Report mergeTarget(Report duplicate, String code) {
		if (code == null || code.isBlank()) {
			throw DomainException.invalidFields(List.of(new FieldProblem("mergeInto", "feedback.merge.target-required")));
		}
		return reports.findByCode(code.strip())
				.filter(t -> t.id() != duplicate.id() && !t.hidden() && t.status() != ReportStatus.REJECTED)
				.orElseThrow(() -> DomainException.invalidFields(
						List.of(new FieldProblem("mergeInto", "feedback.merge.target-invalid", code.strip()))));
	}

	private String assignHandler(Report r, ActionInput in, OffsetDateTime now) {
		String username = in.handler() == null ? "" : in.handler().strip();
		Actor handler = access.handlerIn(r.agencyCode(), username)
				.orElseThrow(() -> DomainException.invalidFields(List.of(new FieldProblem("handler", "feedback.handler.invalid",
						username))));
		r.assignHandler(handler.accountId(), handler.displayName(), now);
		return "";
	}

	private String resolve(Actor actor, Report r, ActionInput in, OffsetDateTime now) {
		String answer = in.answer() == null ? "" : in.answer().strip();
		if (answer.length() < ReportIntake.MIN_DESCRIPTION || answer.length() > MAX_ANSWER) {
			throw DomainException.invalidFields(List.of(new FieldProblem("answer", "value.length",
					ReportIntake.MIN_DESCRIPTION, MAX_ANSWER)));
		}
		List<PreparedPhoto> prepared = photos.prepare("photos", in.photos());
		r.resolve(answer, now);
		for (PreparedPhoto p : prepared) {
			reports.attach(r.id(), ReportPhoto.ANSWER, photos.store("photos", p), actor.accountId());
		}
		return answer;
	}

	private String requestInfo(Report r, String question, OffsetDateTime now) {
		required(question, "note");
		OffsetDateTime accepted = r.verifiedAt() == null ? r.submittedAt() : r.verifiedAt();
		if (now.isAfter(deadlines.infoDue(accepted))) {
			throw DomainException.conflict("feedback.info.window-closed", properties.infoDays());
		}
		r.requestInfo(now);
		return question;
	}

	/**
	 * PROVIDE_INFO by a reporter without an account (a confirmed guest, a hotline caller, a Zalo user, an
	 * Open311 client): the report's token, given only to its sender, stands for the account. Unknown token: 404.
	 */
	@Transactional
	public Report provideInfoByToken(UUID token, String note, List<byte[]> uploads) {
		String code = reports.findByToken(token).map(Report::code)
				.orElseThrow(() -> DomainException.notFound("feedback.report.not-found", token));
		Report r = reports.lock(code).orElseThrow();
		if (r.reporter().accountId() != null) { // a citizen with an account answers signed in
			throw DomainException.notFound("feedback.report.not-found", token);
		}
		if (!Action.PROVIDE_INFO.allowedFrom(r.status())) {
			throw DomainException.conflict("feedback.action.wrong-status", Action.PROVIDE_INFO.name(), r.status().name());
		}
		return answer(r, null, r.reporter().name(), Action.PROVIDE_INFO.name(), text(note, "note", MAX_NOTE), uploads);
	}

	/**
	 * The question a reporter without an account is asked, for the page where they answer it by the token
	 * in the link they were sent. A token that is malformed, unknown or of a report with an account: 404.
	 */
	@Transactional(readOnly = true)
	public InfoQuestion questionByToken(String token) {
		Report r = parseToken(token).flatMap(reports::findByToken).filter(x -> x.reporter().accountId() == null)
				.orElseThrow(() -> DomainException.notFound("feedback.info.link-invalid"));
		boolean awaiting = r.status() == ReportStatus.INFO_REQUESTED;
		String question = "";
		if (awaiting) {
			List<ReportEvent> history = reports.history(r.id());
			for (ReportEvent e : history) { // the last question is the one waiting
				if (Action.REQUEST_INFO.name().equals(e.action())) {
					question = e.note() == null ? "" : e.note();
				}
			}
		}
		return new InfoQuestion(r.token(), r.code(), r.categoryCode(), r.status(), awaiting, question);
	}

	/** Whether the actor may write down an answer the reporter gave by phone: the IOC or the responsible agency. */
	public boolean mayRecordPhoneAnswer(Report r, Set<Relation> relations) {
		return r.status() == ReportStatus.INFO_REQUESTED && relations.stream().anyMatch(PHONE_RECORDERS::contains);
	}

	/**
	 * An official writes down the answer the reporter gave by phone to a question: the report goes back
	 * where it was and its clock runs again, as when the reporter answers themselves; the history names the
	 * official and keeps the answer for officials. Checks in the order of {@link #act}.
	 */
	@Transactional
	public Report recordPhoneAnswer(Actor actor, String code, String note, Integer expectedVersion) {
		Report r = reports.lock(code).orElseThrow(() -> DomainException.notFound("feedback.report.not-found", code));
		Set<Relation> relations = access.relations(actor, r);
		if (relations.isEmpty()) {
			throw DomainException.notFound("feedback.report.not-found", code);
		}
		if (relations.stream().noneMatch(PHONE_RECORDERS::contains)) {
			throw DomainException.forbidden("feedback.action.forbidden", PHONE_ANSWER);
		}
		if (expectedVersion != null && expectedVersion != r.version()) {
			throw DomainException.conflict("feedback.report.stale", code);
		}
		if (r.status() != ReportStatus.INFO_REQUESTED) {
			throw DomainException.conflict("feedback.info.not-awaiting", code);
		}
		String answer = text(note, "note", MAX_NOTE);
		required(answer, "note");
		return answer(r, actor.accountId(), actor.displayName(), PHONE_ANSWER, answer, List.of());
	}

	/** The answer to a question, from whoever brought it: resume the report and keep the answer in its history. */
	private Report answer(Report r, Long by, String byName, String historyAction, String answer, List<byte[]> uploads) {
		ReportStatus before = r.status();
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		provideInfo(by, r, answer, new ActionInput(answer, null, null, null, null, null, null, null, uploads, null), now);
		Report after = reports.update(r, new ReportEvent(0, now, by, byName, historyAction, before, r.status(), r.agencyCode(),
				answer, true, false));
		events.publish(after, historyAction, "");
		return after;
	}

	private static Optional<UUID> parseToken(String token) {
		try {
			return token == null ? Optional.empty() : Optional.of(UUID.fromString(token.strip()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private String provideInfo(Long by, Report r, String answer, ActionInput in, OffsetDateTime now) {
		if (answer.isEmpty() && in.photos().isEmpty()) {
			throw DomainException.invalidFields(List.of(new FieldProblem("note", "value.required")));
		}
		List<PreparedPhoto> prepared = photos.prepare("photos", in.photos());
		ReportDeadlines.Due due = deadlines.extended(r.agencyCode(), r.resolveDueAt(), r.publishDueAt(), r.infoRequestedAt(),
				now);
		r.provideInfo(now, due.resolve(), due.publish());
		for (PreparedPhoto p : prepared) {
			reports.attach(r.id(), ReportPhoto.INFO, photos.store("photos", p), by);
		}
		return "";
	}

	private String returnToIoc(Report r, String note, OffsetDateTime now) {
		required(note, "note");
		r.returnToIoc(now);
		return "";
	}

	private String reopen(Report r, String note, OffsetDateTime now) {
		required(note, "note");
		ReportDeadlines.Due due = deadlines.resolveAndPublishDue(r.agencyCode(), now);
		r.reopen(now, properties.reopenDays(), due.resolve(), due.publish());
		return "";
	}

	private String rate(Report r, ActionInput in, String comment, OffsetDateTime now) {
		if (in.rating() == null || in.rating() < 1 || in.rating() > 5) {
			throw DomainException.invalidFields(List.of(new FieldProblem("rating", "feedback.rating.range")));
		}
		r.rate(in.rating(), comment.isEmpty() ? null : comment, now);
		return "";
	}

	private String hide(Report r, String note, OffsetDateTime now) {
		required(note, "note");
		r.hide(now);
		audit.record("feedback.report.hide", "feedback_report", r.code(), note);
		return "";
	}

	private String redact(Report r, ActionInput in, OffsetDateTime now) {
		List<FieldProblem> problems = new ArrayList<>();
		String text = ReportIntake.description(in.description(), problems);
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		r.redact(text, now);
		audit.record("feedback.report.redact", "feedback_report", r.code(), "");
		return "";
	}

	private static String text(String value, String field, int max) {
		String v = value == null ? "" : value.strip();
		if (v.length() > max) {
			throw DomainException.invalidFields(List.of(new FieldProblem(field, "value.too-long", max)));
		}
		return v;
	}

	private static void required(String value, String field) {
		if (value.isEmpty()) {
			throw DomainException.invalidFields(List.of(new FieldProblem(field, "value.required")));
		}
	}
}

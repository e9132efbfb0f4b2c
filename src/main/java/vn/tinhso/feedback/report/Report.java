package vn.tinhso.feedback.report;

import java.time.OffsetDateTime;
import java.util.UUID;

import vn.tinhso.feedback.ReportStatus;
import vn.tinhso.platform.DomainException;

/**
 * A field report: what was reported (fixed once sent) and where its handling stands. Each transition
 * guards the current status (refusing with 409 and changing nothing) and moves the state; the caller
 * checks who acts, stores the new state and appends the history entry in one transaction.
 */
public class Report {

	private final long id;
	private final String code;
	private final UUID token;
	private final String categoryCode;
	private final String description;
	private final Place place;
	private final Reporter reporter;
	private final String channel;
	private final Long enteredBy;
	private final String mediaUrl;
	private final OffsetDateTime submittedAt;
	private final OffsetDateTime refuseDueAt;
	private final int version;

	private String publicDescription;
	private ReportStatus status;
	private String agencyCode;
	private Long handlerId;
	private String handlerName;
	private String rejectReason;
	private Long mergedInto;
	private String answer;
	private boolean hidden;
	private Integer rating;
	private String ratingComment;
	private int reopenCount;
	private OffsetDateTime verifiedAt;
	private OffsetDateTime assignedAt;
	private OffsetDateTime resolvedAt;
	private OffsetDateTime ratedAt;
	private OffsetDateTime updatedAt;
	private OffsetDateTime resolveDueAt;
	private OffsetDateTime publishDueAt;
	private OffsetDateTime infoRequestedAt;
	private ReportStatus infoReturnStatus;

	Report(long id, String code, UUID token, String categoryCode, String description, Place place, Reporter reporter,
			String channel, Long enteredBy, String mediaUrl, OffsetDateTime submittedAt, OffsetDateTime refuseDueAt,
			int version) {
		this.id = id;
		this.code = code;
		this.token = token;
		this.categoryCode = categoryCode;
		this.description = description;
		this.place = place;
		this.reporter = reporter;
		this.channel = channel;
		this.enteredBy = enteredBy;
		this.mediaUrl = mediaUrl;
		this.submittedAt = submittedAt;
		this.refuseDueAt = refuseDueAt;
		this.version = version;
	}

	/** Fills the handling state as read from the database. */
	Report handling(String publicDescription, ReportStatus status, String agencyCode, Long handlerId, String handlerName,
			String rejectReason, Long mergedInto, String answer, boolean hidden, Integer rating, String ratingComment,
			int reopenCount) {
		this.publicDescription = publicDescription;
		this.status = status;
		this.agencyCode = agencyCode;
		this.handlerId = handlerId;
		this.handlerName = handlerName;
		this.rejectReason = rejectReason;
		this.mergedInto = mergedInto;
		this.answer = answer;
		this.hidden = hidden;
		this.rating = rating;
		this.ratingComment = ratingComment;
		this.reopenCount = reopenCount;
		return this;
	}

	/** Fills the timeline and deadlines as read from the database. */
	Report times(OffsetDateTime verifiedAt, OffsetDateTime assignedAt, OffsetDateTime resolvedAt, OffsetDateTime ratedAt,
			OffsetDateTime updatedAt, OffsetDateTime resolveDueAt, OffsetDateTime publishDueAt) {
		this.verifiedAt = verifiedAt;
		this.assignedAt = assignedAt;
		this.resolvedAt = resolvedAt;
		this.ratedAt = ratedAt;
		this.updatedAt = updatedAt;
		this.resolveDueAt = resolveDueAt;
		this.publishDueAt = publishDueAt;
		return this;
	}

	/** Fills the pause of an information request as read from the database. */
	Report info(OffsetDateTime requestedAt, ReportStatus returnStatus) {
		this.infoRequestedAt = requestedAt;
		this.infoReturnStatus = returnStatus;
		return this;
	}

	// Transitions

	/** Asks the reporter for more information: the clock stops until they answer. */
	void requestInfo(OffsetDateTime now) {
		guard(Action.REQUEST_INFO);
		infoReturnStatus = status;
		infoRequestedAt = now;
		move(ReportStatus.INFO_REQUESTED, now);
	}

	/** The reporter answered: back where it was, with the deadlines moved by the working time paused. */
	void provideInfo(OffsetDateTime now, OffsetDateTime resolveDue, OffsetDateTime publishDue) {
		guard(Action.PROVIDE_INFO);
		resolveDueAt = resolveDue;
		publishDueAt = publishDue;
		ReportStatus back = infoReturnStatus;
		infoReturnStatus = null;
		infoRequestedAt = null;
		move(back, now);
	}

	void verify(OffsetDateTime now, OffsetDateTime resolveDue, OffsetDateTime publishDue) {
		guard(Action.VERIFY);
		accept(now, resolveDue, publishDue);
		move(ReportStatus.VERIFIED, now);
	}

	/** ASSIGN or REASSIGN: to an agency, with the handler (if any) cleared; accepts the report if still unverified. */
	void assign(Action action, String agency, OffsetDateTime now, OffsetDateTime resolveDue, OffsetDateTime publishDue) {
		guard(action);
		if (verifiedAt == null) {
			accept(now, resolveDue, publishDue);
		}
		agencyCode = agency;
		assignedAt = now;
		handlerId = null;
		handlerName = null;
		move(ReportStatus.ASSIGNED, now);
	}

	void reject(String reason, Long mergeTarget, OffsetDateTime now) {
		guard(Action.REJECT);
		rejectReason = reason;
		mergedInto = mergeTarget;
		move(ReportStatus.REJECTED, now);
	}

	void assignHandler(long accountId, String name, OffsetDateTime now) {
		guard(Action.ASSIGN_HANDLER);
		handlerId = accountId;
		handlerName = name;
		move(ReportStatus.IN_PROGRESS, now);
	}

	void resolve(String text, OffsetDateTime now) {
		guard(Action.RESOLVE);
		answer = text;
		resolvedAt = now;
		move(ReportStatus.RESOLVED, now);
	}

	void returnToIoc(OffsetDateTime now) {
		guard(Action.RETURN);
		handlerId = null;
		handlerName = null;
		move(ReportStatus.RETURNED, now);
	}

	/** Back to the agency (and its handler, if one was named) with a new resolution deadline. */
	void reopen(OffsetDateTime now, int windowDays, OffsetDateTime resolveDue, OffsetDateTime publishDue) {
		guard(Action.REOPEN);
		if (!mayReopen(now, windowDays)) {
			throw DomainException.conflict("feedback.reopen.window-closed", windowDays);
		}
		reopenCount++;
		answer = null;
		resolvedAt = null;
		resolveDueAt = resolveDue;
		publishDueAt = publishDue;
		move(handlerId == null ? ReportStatus.ASSIGNED : ReportStatus.IN_PROGRESS, now);
	}

	void rate(int stars, String comment, OffsetDateTime now) {
		guard(Action.RATE);
		if (rating != null) {
			throw DomainException.conflict("feedback.rating.already-given");
		}
		rating = stars;
		ratingComment = comment;
		ratedAt = now;
		updatedAt = now;
	}

	void hide(OffsetDateTime now) {
		guard(Action.HIDE);
		if (hidden) {
			throw DomainException.conflict("feedback.report.already-hidden");
		}
		hidden = true;
		updatedAt = now;
	}

	void redact(String text, OffsetDateTime now) {
		guard(Action.REDACT);
		publicDescription = text;
		updatedAt = now;
	}

	private void accept(OffsetDateTime now, OffsetDateTime resolveDue, OffsetDateTime publishDue) {
		verifiedAt = now;
		resolveDueAt = resolveDue;
		publishDueAt = publishDue;
	}

	private void move(ReportStatus to, OffsetDateTime now) {
		status = to;
		updatedAt = now;
	}

	private void guard(Action action) {
		if (!action.allowedFrom(status)) {
			throw DomainException.conflict("feedback.action.wrong-status", action.name(), status.name());
		}
	}

	// Questions

	/** Whether the reporter may still reopen it: resolved, and within the window after the answer. */
	public boolean mayReopen(OffsetDateTime now, int windowDays) {
		return status == ReportStatus.RESOLVED && resolvedAt != null && !now.isAfter(resolvedAt.plusDays(windowDays));
	}

	/** Past the deadline of its current stage: verification while new, resolution once accepted. */
	public boolean overdue(OffsetDateTime now) {
		OffsetDateTime due = switch (status) {
			case SUBMITTED -> refuseDueAt;
			case VERIFIED, ASSIGNED, IN_PROGRESS, RETURNED -> resolveDueAt == null ? refuseDueAt : resolveDueAt;
			default -> null;
		};
		return due != null && now.isAfter(due);
	}

	/** The answer came after its publication deadline (null while unanswered). */
	public Boolean answerLate() {
		return resolvedAt == null || publishDueAt == null ? null : resolvedAt.isAfter(publishDueAt);
	}

	/** The description the public sees: the operator's redacted text, or the reporter's. */
	public String shownDescription() {
		return publicDescription == null ? description : publicDescription;
	}

	public boolean reportedBy(long accountId) {
		return reporter.accountId() != null && reporter.accountId() == accountId;
	}

	// Accessors

	public long id() {
		return id;
	}

	public String code() {
		return code;
	}

	public UUID token() {
		return token;
	}

	public String categoryCode() {
		return categoryCode;
	}

	public String description() {
		return description;
	}

	public String publicDescription() {
		return publicDescription;
	}

	public Place place() {
		return place;
	}

	public Reporter reporter() {
		return reporter;
	}

	public String channel() {
		return channel;
	}

	public Long enteredBy() {
		return enteredBy;
	}

	public String mediaUrl() {
		return mediaUrl;
	}

	public ReportStatus status() {
		return status;
	}

	public String agencyCode() {
		return agencyCode;
	}

	public Long handlerId() {
		return handlerId;
	}

	public String handlerName() {
		return handlerName;
	}

	public String rejectReason() {
		return rejectReason;
	}

	public Long mergedInto() {
		return mergedInto;
	}

	public String answer() {
		return answer;
	}

	public boolean hidden() {
		return hidden;
	}

	public Integer rating() {
		return rating;
	}

	public String ratingComment() {
		return ratingComment;
	}

	public int reopenCount() {
		return reopenCount;
	}

	public OffsetDateTime submittedAt() {
		return submittedAt;
	}

	public OffsetDateTime verifiedAt() {
		return verifiedAt;
	}

	public OffsetDateTime assignedAt() {
		return assignedAt;
	}

	public OffsetDateTime resolvedAt() {
		return resolvedAt;
	}

	public OffsetDateTime ratedAt() {
		return ratedAt;
	}

	public OffsetDateTime updatedAt() {
		return updatedAt;
	}

	public OffsetDateTime refuseDueAt() {
		return refuseDueAt;
	}

	public OffsetDateTime resolveDueAt() {
		return resolveDueAt;
	}

	public OffsetDateTime publishDueAt() {
		return publishDueAt;
	}

	public OffsetDateTime infoRequestedAt() {
		return infoRequestedAt;
	}

	public ReportStatus infoReturnStatus() {
		return infoReturnStatus;
	}

	public int version() {
		return version;
	}
}

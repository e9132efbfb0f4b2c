package vn.tinhso.feedback.report;

import static vn.tinhso.feedback.ReportStatus.ASSIGNED;
import static vn.tinhso.feedback.ReportStatus.INFO_REQUESTED;
import static vn.tinhso.feedback.ReportStatus.IN_PROGRESS;
import static vn.tinhso.feedback.ReportStatus.RESOLVED;
import static vn.tinhso.feedback.ReportStatus.RETURNED;
import static vn.tinhso.feedback.ReportStatus.SUBMITTED;
import static vn.tinhso.feedback.ReportStatus.VERIFIED;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import vn.tinhso.feedback.ReportStatus;
import vn.tinhso.platform.DomainException;

/**
 * The handling workflow as a table: from which statuses an action may be taken, by whom, and whether
 * its history entry (and the entry's note) is shown to the public.
 */
public enum Action {
	VERIFY(EnumSet.of(SUBMITTED), EnumSet.of(Relation.OPERATOR), true, false),
	ASSIGN(EnumSet.of(SUBMITTED, VERIFIED, RETURNED), EnumSet.of(Relation.OPERATOR), true, false),
	REJECT(EnumSet.of(SUBMITTED, VERIFIED, RETURNED), EnumSet.of(Relation.OPERATOR), true, true),
	ASSIGN_HANDLER(EnumSet.of(ASSIGNED, IN_PROGRESS), EnumSet.of(Relation.LEADER), true, false),
	RESOLVE(EnumSet.of(ASSIGNED, IN_PROGRESS), EnumSet.of(Relation.HANDLER, Relation.LEADER), true, true),
	RETURN(EnumSet.of(ASSIGNED, IN_PROGRESS), EnumSet.of(Relation.LEADER, Relation.HANDLER, Relation.OPERATOR), true, false),
	REASSIGN(EnumSet.of(ASSIGNED, IN_PROGRESS, RETURNED), EnumSet.of(Relation.OPERATOR), true, false),
	REOPEN(EnumSet.of(RESOLVED), EnumSet.of(Relation.REPORTER), true, false),
	RATE(EnumSet.of(RESOLVED), EnumSet.of(Relation.REPORTER), true, false),
	/** Decision 766: the agency or the IOC asks the reporter for more information (within info-days of acceptance). */
	REQUEST_INFO(EnumSet.of(VERIFIED, ASSIGNED, IN_PROGRESS), EnumSet.of(Relation.OPERATOR, Relation.LEADER, Relation.HANDLER),
			true, true),
	/** The reporter's answer (text and photos, seen by officials only). */
	PROVIDE_INFO(EnumSet.of(INFO_REQUESTED), EnumSet.of(Relation.REPORTER), true, false),
	HIDE(EnumSet.allOf(ReportStatus.class), EnumSet.of(Relation.OPERATOR), false, false),
	REDACT(EnumSet.allOf(ReportStatus.class), EnumSet.of(Relation.OPERATOR), false, false);

	/** The history action of a new report (not an action anyone takes on an existing one). */
	public static final String SUBMIT = "SUBMIT";
	/** The history action of the overdue job (an internal entry). */
	public static final String ESCALATE = "ESCALATE";
	/** The history action of an operator blacking out or blurring parts of a published photo. */
	public static final String REDACT_PHOTO = "REDACT_PHOTO";

	private final Set<ReportStatus> from;
	private final Set<Relation> actors;
	private final boolean publicEntry;
	private final boolean publicNote;

	Action(Set<ReportStatus> from, Set<Relation> actors, boolean publicEntry, boolean publicNote) {
		this.from = from;
		this.actors = actors;
		this.publicEntry = publicEntry;
		this.publicNote = publicNote;
	}

	public boolean allowedFrom(ReportStatus status) {
		return from.contains(status);
	}

	public boolean allowedFor(Set<Relation> relations) {
		return relations.stream().anyMatch(actors::contains);
	}

	public boolean publicEntry() {
		return publicEntry;
	}

	public boolean publicNote() {
		return publicNote;
	}

	/** The action named in a request (any case), or a 400 refusal. */
	public static Action parse(String name) {
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw DomainException.invalid("feedback.action.unknown", String.valueOf(name));
		}
	}
}

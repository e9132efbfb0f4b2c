package vn.tinhso.dossier.core;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import vn.tinhso.calendar.WorkClock;
import vn.tinhso.calendar.WorkingTime;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.dossier.workflow.ClockEffect;
import vn.tinhso.dossier.workflow.WorkflowRule;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.procedure.ProcessStep;
import vn.tinhso.platform.ProvinceTime;

/**
 * What one workflow action does to a dossier's state: status, internal step, the processing clock,
 * the appointment and the step deadline. Pure: the caller checks permissions and stores the result.
 */
final class Transition {


	private final Dossier d;
	private final WorkflowRule rule;
	private final OffsetDateTime now;
	private final WorkingTime time;

	Transition(Dossier d, WorkflowRule rule, OffsetDateTime now, WorkingTime time) {
		this.d = d;
		this.rule = rule;
		this.now = now;
		this.time = time;
	}

	/** The state after the action (next version), and how the step that ended went (null when no step ended). */
	record Result(Dossier dossier, String timeliness) {
	}

	/**
	 * @param electronicResult whether the action attached an electronic result paper
	 * @param assignee who is to take the next step, for a hand-over by name (null: anyone with its role)
	 */
	Result apply(LocalDate newAppointment, boolean electronicResult, Dossier.Assignee assignee) {
		DossierStatus status = rule.toStatus() == null ? d.status() : rule.toStatus();
		int step = d.stepIndex();
		String outcome = switch (rule.action()) {
			case "APPROVE" -> "APPROVED";
			case "REFUSE" -> "REFUSED";
			default -> d.outcome();
		};
		OffsetDateTime receivedAt = rule.clock() == ClockEffect.START ? now : d.receivedAt();
		OffsetDateTime stepDue = d.stepDueAt();
		String timeliness = null;
		Dossier.Clock clock = clock(d.clock());
		OffsetDateTime due = rule.clock() == ClockEffect.START || rule.clock() == ClockEffect.RESUME
				? dueOf(clock) : d.dueAt();
		if (rule.clock() == ClockEffect.START) {
			stepDue = at(time.plus(local(now), time.workingDays(d.step().days())));
		}
		if (rule.advanceStep()) {
			if (d.atLastStep()) {
				throw DomainException.conflict("dossier.action.not-allowed", rule.action());
			}
			timeliness = timeliness(d.stepDueAt());
			step++;
			ProcessStep next = d.procedure().steps().get(step);
			stepDue = at(time.plus(local(now), time.workingDays(next.days())));
		}
		if ("APOLOGISE".equals(rule.action())) {
			due = newAppointment(newAppointment);
		}
		OffsetDateTime processedAt = d.processedAt();
		Boolean onTime = d.onTime();
		boolean reachedEnd = rule.advanceStep() && step == d.procedure().steps().size() - 1;
		if (reachedEnd) {
			status = DossierStatus.PROCESSED;
			processedAt = now;
			outcome = outcome == null ? "APPROVED" : outcome;
			clock = stop(clock);
			onTime = clock.usedMinutes() <= clock.budgetMinutes() && d.supplementCount() <= 1;
		}
		int supplements = d.supplementCount() + ("REQUEST_SUPPLEMENT".equals(rule.action()) ? 1 : 0);
		OffsetDateTime returnedAt = status == DossierStatus.RETURNED ? now : d.returnedAt();
		Dossier next = new Dossier(d.id(), d.code(), d.procedure(), d.agencyCode(), d.applicant(), d.submittedBy(),
				d.channel(), status, outcome, step, d.submittedAt(), receivedAt, due, stepDue, clock, supplements,
				processedAt, returnedAt, d.resultElectronic() || electronicResult, onTime, d.version() + 1,
				rule.advanceStep() ? assignee : d.assignee());
		return new Result(next, timeliness);
	}

	private Dossier.Clock clock(Dossier.Clock c) {
		return switch (rule.clock()) {
			case START -> {
				long budget = time.workingDays(d.procedure().processingDays()).toMinutes();
				yield new Dossier.Clock(budget, 0, at(time.clockStart(local(now))));
			}
			case PAUSE, STOP -> stop(c);
			case RESUME -> new Dossier.Clock(c.budgetMinutes(), c.usedMinutes(), now);
			case KEEP -> c;
		};
	}

	private Dossier.Clock stop(Dossier.Clock c) {
		if (c.runningSince() == null) {
			return c;
		}
		WorkClock running = new WorkClock(Duration.ofMinutes(c.budgetMinutes()), Duration.ofMinutes(c.usedMinutes()),
				local(c.runningSince()));
		WorkClock paused = running.pause(local(now), time);
		return new Dossier.Clock(c.budgetMinutes(), paused.used().toMinutes(), null);
	}

	private OffsetDateTime dueOf(Dossier.Clock c) {
		WorkClock clock = new WorkClock(Duration.ofMinutes(c.budgetMinutes()), Duration.ofMinutes(c.usedMinutes()),
				local(c.runningSince()));
		return at(clock.due(time));
	}

	private OffsetDateTime newAppointment(LocalDate day) {
		if (day == null) {
			throw DomainException.invalidFields(List.of(
					new FieldProblem("newAppointment", "value.required")));
		}
		OffsetDateTime due = at(time.closing(day));
		if (d.dueAt() != null && !due.isAfter(d.dueAt())) {
			throw DomainException.invalidFields(List.of(
					new FieldProblem("newAppointment", "dossier.apology.date-not-later")));
		}
		return due;
	}

	/** Early: finished on an earlier day than the step's deadline; late: after it. */
	private String timeliness(OffsetDateTime stepDue) {
		if (stepDue == null) {
			return null;
		}
		if (now.isAfter(stepDue)) {
			return "LATE";
		}
		return local(now).toLocalDate().isBefore(local(stepDue).toLocalDate()) ? "EARLY" : "ON_TIME";
	}

	static LocalDateTime local(OffsetDateTime t) {
		return t.atZoneSameInstant(ProvinceTime.ZONE).toLocalDateTime();
	}

	static OffsetDateTime at(LocalDateTime t) {
		return t.atZone(ProvinceTime.ZONE).toOffsetDateTime();
	}
}

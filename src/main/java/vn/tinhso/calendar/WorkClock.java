package vn.tinhso.calendar;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A processing clock that can be paused (while the applicant supplements a dossier) and resumed;
 * only working time while it runs counts. Immutable: each action returns the new clock.
 *
 * @param budget the working time allowed
 * @param used working time consumed in earlier running periods
 * @param runningSince start of the current running period, or null while paused
 */
public record WorkClock(Duration budget, Duration used, LocalDateTime runningSince) {

	public static WorkClock start(Duration budget, LocalDateTime at) {
		return new WorkClock(budget, Duration.ZERO, at);
	}

	public boolean running() {
		return runningSince != null;
	}

	public WorkClock pause(LocalDateTime at, WorkingTime time) {
		if (!running()) {
			throw new IllegalStateException("The clock is already paused");
		}
		return new WorkClock(budget, used.plus(time.between(runningSince, at)), null);
	}

	public WorkClock resume(LocalDateTime at) {
		if (running()) {
			throw new IllegalStateException("The clock is already running");
		}
		return new WorkClock(budget, used, at);
	}

	/** Working time consumed up to {@code now}. */
	public Duration elapsed(LocalDateTime now, WorkingTime time) {
		return running() ? used.plus(time.between(runningSince, now)) : used;
	}

	/** When the budget runs out if the clock keeps running; null while paused. */
	public LocalDateTime due(WorkingTime time) {
		if (!running()) {
			return null;
		}
		Duration left = budget.minus(used);
		return time.plus(runningSince, left.isNegative() ? Duration.ZERO : left);
	}
}

package vn.tinhso.feedback.report;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the overdue job every few minutes. ShedLock is not in the build, so {@link ReportEscalation}
 * takes a PostgreSQL advisory lock itself: with several nodes, one runs while the others skip.
 */
@Component
class EscalationSchedule {

	private final ReportEscalation escalation;
	private final FeedbackProperties properties;

	EscalationSchedule(ReportEscalation escalation, FeedbackProperties properties) {
		this.escalation = escalation;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "${tinhso.feedback.escalation-initial-delay-ms:60000}",
			fixedDelayString = "${tinhso.feedback.escalation-poll-ms:300000}")
	void run() {
		if (properties.escalation()) {
			escalation.escalateOverdue();
		}
	}
}

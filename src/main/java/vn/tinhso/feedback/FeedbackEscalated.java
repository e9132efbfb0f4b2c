package vn.tinhso.feedback;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Published when a report passes a deadline without the step it was waiting for: the notification
 * module tells the responsible agency's leaders and the IOC operators.
 *
 * @param dueKind REFUSE (verification by the IOC) or RESOLVE (resolution by the agency)
 * @param staffPath where officials open the report, relative to the platform's address
 * @param eventKey unique per report and deadline
 */
public record FeedbackEscalated(String code, String categoryName, String agencyName, String dueKind, OffsetDateTime dueAt,
		List<String> recipientEmails, String staffPath, String eventKey) {
}

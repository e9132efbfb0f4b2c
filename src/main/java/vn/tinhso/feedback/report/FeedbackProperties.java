package vn.tinhso.feedback.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ReportDeadlines and windows of field reports ({@code tinhso.feedback.*}); the working-day defaults are
 * those of Decision 766/QĐ-TTg.
 *
 * @param refuseDays working days the IOC has to verify or refuse a report
 * @param resolveDays working days the agency has to resolve it, from its acceptance (or reopening)
 * @param publishDays working days after the resolution deadline by which the answer must be public
 * @param reopenDays calendar days after the answer during which the reporter may reopen the report
 * @param nearbyMeters how close an open report of the same category must be to be suggested
 * @param infoDays working days after acceptance during which the reporter may be asked for more information
 * @param escalation whether the overdue job runs on this node (tests turn it off and call it themselves)
 */
@ConfigurationProperties("tinhso.feedback")
record FeedbackProperties(@DefaultValue("2") int refuseDays, @DefaultValue("15") int resolveDays,
		@DefaultValue("2") int publishDays, @DefaultValue("7") int reopenDays, @DefaultValue("200") int nearbyMeters,
		@DefaultValue("5") int infoDays, @DefaultValue("true") boolean escalation) {
}

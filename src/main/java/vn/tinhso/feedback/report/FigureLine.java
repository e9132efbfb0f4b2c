package vn.tinhso.feedback.report;

/**
 * Figures of the reports received in a period that share a key (an agency, a category, a commune or
 * a month of receipt). Rates and averages are null when there is nothing to average.
 *
 * @param resolvedOnTime resolved no later than the resolution deadline in force when answered
 * @param overdueNow still open and past the deadline of their current stage
 * @param averageResolutionHours from sending to the (last) answer, in calendar hours
 */
public record FigureLine(String key, long received, long resolved, long resolvedOnTime, Double onTimeRate, long rejected,
		long open, long overdueNow, Double averageResolutionHours, long rated, Double averageRating) {
}

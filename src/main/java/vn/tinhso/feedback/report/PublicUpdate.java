package vn.tinhso.feedback.report;

import java.time.OffsetDateTime;

import vn.tinhso.feedback.ReportStatus;

/**
 * A public step of a visible report (Open311 {@code servicerequestupdates}).
 *
 * @param note the public note (answer, reason of a refusal), or empty
 * @param answerPhotoId the first photo of the answer, for a resolution
 */
public record PublicUpdate(long id, String code, String action, ReportStatus status, OffsetDateTime at, String note,
		Long answerPhotoId) {
}

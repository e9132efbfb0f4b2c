package vn.tinhso.dossier;

import java.time.OffsetDateTime;

/**
 * Published after every workflow action, in the transaction of the change; notifications and
 * figures listen to it. {@code eventKey} is unique per action, so a listener can tell a redelivery.
 */
public record DossierChanged(long dossierId, String code, String action, DossierStatus status, String agencyCode,
		String procedureName, Long applicantAccountId, String applicantName, String applicantEmail, String applicantPhone,
		OffsetDateTime dueAt, String note, String eventKey) {
}

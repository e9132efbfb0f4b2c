package vn.tinhso.dossier;

/**
 * Published after every workflow action, in the transaction of the change; notifications and
 * figures listen to it.
 */
public record DossierChanged(long dossierId, String code, String action, DossierStatus status, String agencyCode,
		Long applicantAccountId, String applicantEmail, String applicantPhone, String note) {
}

package vn.tinhso.exchange;

import java.time.LocalDate;

/**
 * A document package from outside was accepted for one of our agencies (one event per local
 * recipient). The whole package is available through {@link ExchangeInbox#packageOf(long)}.
 *
 * @param code number/notation as written on the document, e.g. {@code 15/UBND-VP}
 * @param priority 0 normal to 4 flash with a set time (edXML OtherInfo/Priority)
 * @param dueDate the sender's deadline, or null
 */
public record DocumentPackageArrived(long messageId, String toAgencyCode, String fromOrganId, String fromOrganName,
		String documentId, String code, LocalDate promulgationDate, String subject, int priority, LocalDate dueDate) {
}

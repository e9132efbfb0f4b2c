package vn.tinhso.exchange;

import java.time.LocalDate;

/**
 * Points at a document sent earlier (edXML {@code ResponseFor}): the organ that issued it, its number and
 * notation as written on it ({@code 15/QĐ-UBND}), its promulgation date and its DocumentId.
 */
public record DocumentReference(String organId, String code, LocalDate promulgationDate, String documentId) {
}

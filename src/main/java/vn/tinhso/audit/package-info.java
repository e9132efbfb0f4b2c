/**
 * Audit: the append-only, hash-chained log of privileged actions (who, when, what, from where) and
 * its verification. Other modules call {@link vn.tinhso.audit.AuditLog#record} inside the transaction
 * of the change they audit, so an action and its audit entry commit or roll back together.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.tinhso.audit;

/**
 * Notification (giao tiếp số): tells applicants what happened to their dossiers by e-mail and
 * through a pluggable SMS/Zalo channel, from templates, and keeps a log of every message and its
 * delivery. Listens to other modules' events after their transactions commit; undelivered events
 * are kept in the event publication registry and retried after a restart.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package vn.tinhso.notification;

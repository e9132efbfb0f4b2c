package vn.tinhso.audit;

import java.time.OffsetDateTime;

/** One recorded privileged action. */
public record AuditEntry(long id, OffsetDateTime occurredAt, Long actorId, String actorName, String clientIp,
		String action, String targetType, String targetId, String details, String prevHash, String hash) {

	private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
			.ofPattern("dd/MM/yyyy HH:mm:ss");

	/** When it happened, in Vietnam's time zone. */
	public String localTime() {
		return occurredAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(SHOWN);
	}
}

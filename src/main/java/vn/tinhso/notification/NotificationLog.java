package vn.tinhso.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification log; one row per event and channel, so a redelivered event is not sent twice. */
@Repository
class NotificationLog {

	private final JdbcClient jdbc;

	NotificationLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean alreadySent(String eventKey, String channel) {
		// "event_key <> ''" repeats the partial index's condition: without it a generic plan scans the table.
		return jdbc.sql("""
				select exists (select 1 from notification_log
				               where event_key = ? and event_key <> '' and channel = ? and status = 'SENT')""")
				.params(eventKey, channel).query(Boolean.class).single();
	}

	void record(String channel, String recipient, String subject, String body, String status, String error,
			String reference, String eventKey) {
		jdbc.sql("""
				insert into notification_log (channel, recipient, subject, body, status, error, reference, event_key)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (event_key, channel) where event_key <> ''
				do update set status = excluded.status, error = excluded.error, at = now()""")
				.params(channel, recipient, subject, body, status, error.length() > 500 ? error.substring(0, 500) : error,
						reference, eventKey)
				.update();
	}
}

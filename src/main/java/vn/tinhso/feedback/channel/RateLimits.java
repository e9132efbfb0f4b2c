package vn.tinhso.feedback.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sliding-window limits on guest submissions, per key (a client address, a contact). Kept in a small
 * table rather than in memory: TinhSo may run on several nodes behind one address, and an in-memory
 * bucket on each node would multiply the limit by the number of nodes; the database is shared and
 * already there. Memory stays bounded because the hourly clean-up deletes hits older than a day, and
 * a key is only written while under its limits. A transaction-scoped advisory lock per key makes
 * "count, then add" atomic under concurrent requests.
 */
@Component
public class RateLimits {

	private static final Duration HOUR = Duration.ofHours(1);
	private static final Duration DAY = Duration.ofDays(1);

	private final JdbcClient jdbc;
	private final GuestProperties properties;
	private final Clock clock;

	RateLimits(JdbcClient jdbc, GuestProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts one guest submission against every key (blank keys are skipped), or refuses it with the
	 * seconds until the tightest window has room again. Committed on its own, so a submission refused
	 * later for bad input still counts.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void hit(List<String> keys) {
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		List<String> used = keys.stream().filter(k -> k != null && !k.isBlank()).map(k -> k.length() > 220 ? k.substring(0, 220) : k)
				.distinct().sorted().toList();
		long wait = 0;
		for (String key : used) {
			jdbc.sql("select pg_advisory_xact_lock(hashtext('feedback-rate:' || ?))").param(key).query().singleRow();
			wait = Math.max(wait, waitFor(key, HOUR, properties.perHour(), now));
			wait = Math.max(wait, waitFor(key, DAY, properties.perDay(), now));
		}
		if (wait > 0) {
			throw new RateLimited(wait);
		}
		for (String key : used) {
			jdbc.sql("insert into feedback_rate_hit (key, at) values (?, ?)").params(key, now).update();
		}
	}

	/** Seconds until the window has room for one more, or 0 if it has room now. */
	private long waitFor(String key, Duration window, int limit, OffsetDateTime now) {
		OffsetDateTime since = now.minus(window);
		List<OffsetDateTime> hits = jdbc.sql("select at from feedback_rate_hit where key = ? and at > ? order by at desc limit ?")
				.params(key, since, limit).query(OffsetDateTime.class).list();
		if (hits.size() < limit) {
			return 0;
		}
		// The limit-th newest hit has to leave the window before another fits.
		OffsetDateTime leaves = hits.get(limit - 1).plus(window);
		return Math.max(1, Duration.between(now, leaves).toSeconds() + 1);
	}

	@Transactional
	void forget(OffsetDateTime before) {
		jdbc.sql("delete from feedback_rate_hit where at < ?").param(before).update();
	}
}

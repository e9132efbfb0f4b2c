package vn.tinhso.feedback.channel;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hourly clean-up (idempotent, so every node may run it): unconfirmed guest reports past their keeping
 * time, rate-limit hits and chat messages older than a day.
 */
@Component
public class ChannelCleanup {

	private final GuestReports guests;
	private final RateLimits limits;
	private final ZaloChannel zalo;
	private final Clock clock;

	ChannelCleanup(GuestReports guests, RateLimits limits, ZaloChannel zalo, Clock clock) {
		this.guests = guests;
		this.limits = limits;
		this.zalo = zalo;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${tinhso.feedback.cleanup-initial-delay-ms:120000}",
			fixedDelayString = "${tinhso.feedback.cleanup-poll-ms:3600000}")
	@Transactional
	public int run() {
		OffsetDateTime dayAgo = OffsetDateTime.now(clock).minusDays(1);
		int unconfirmed = guests.purge();
		limits.forget(dayAgo);
		zalo.forget(dayAgo);
		return unconfirmed;
	}
}

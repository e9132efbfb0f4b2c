package vn.tinhso.exchange.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How outgoing messages are delivered.
 *
 * @param firstRetry the pause after the first failure; each further failure doubles it
 * @param maxInterval the longest pause between two attempts
 * @param maxAttempts attempts before a delivery waits for a restart (or a new send) to be tried again
 * @param connectTimeout how long to wait for the partner's server to accept the connection
 * @param requestTimeout how long to wait for its answer
 */
@ConfigurationProperties("tinhso.exchange.delivery")
public record DeliveryProperties(@DefaultValue("1s") Duration firstRetry, @DefaultValue("1h") Duration maxInterval,
		@DefaultValue("20") int maxAttempts, @DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("60s") Duration requestTimeout) {

	/** The pause after the given number of failed attempts. */
	Duration pauseAfter(int failures) {
		Duration pause = firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 30));
		return pause.compareTo(maxInterval) > 0 ? maxInterval : pause;
	}
}

package vn.tinhso.feedback.channel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reports from people without an account ({@code tinhso.feedback.guest.*}).
 *
 * @param codeMinutes how long a confirmation code may be used
 * @param maxAttempts wrong codes allowed before the report stays unconfirmed for good
 * @param keepHours how long an unconfirmed report is kept before it is deleted
 * @param perHour submissions allowed per client address and per contact in an hour
 * @param perDay the same in 24 hours
 */
@ConfigurationProperties("tinhso.feedback.guest")
record GuestProperties(@DefaultValue("15") int codeMinutes, @DefaultValue("5") int maxAttempts,
		@DefaultValue("24") int keepHours, @DefaultValue("5") int perHour, @DefaultValue("20") int perDay) {
}

package vn.tinhso.directory.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** After {@code maxFailures} consecutive failed sign-ins an account is locked for {@code duration}. */
@ConfigurationProperties("tinhso.security.lockout")
record LockoutProperties(int maxFailures, Duration duration) {
}

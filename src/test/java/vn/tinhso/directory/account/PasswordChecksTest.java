package vn.tinhso.directory.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordChecksTest {

	/** Counts how often the expensive comparison really runs. */
	private final AtomicInteger comparisons = new AtomicInteger();
	private volatile long slowMillis;

	private final PasswordEncoder plain = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return "{plain}" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			comparisons.incrementAndGet();
			try {
				Thread.sleep(slowMillis); // stands in for Argon2's cost
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return encoded.equals("{plain}" + raw);
		}
	};

	private final PasswordChecks checks = new PasswordChecks(plain);

	@Test
	void aVerifiedPasswordIsNotHashedAgainUntilTheStoredHashChanges() {
		assertThat(checks.matches("an", "Dung-2026!", "{plain}Dung-2026!")).isTrue();
		assertThat(checks.matches("an", "Dung-2026!", "{plain}Dung-2026!")).isTrue();
		assertThat(comparisons).hasValue(1);
		assertThat(checks.matches("an", "Dung-2026!", "{plain}Khac-2026!")).isFalse();
		assertThat(comparisons).hasValue(2);
	}

	@Test
	void wrongPasswordsAreNeverRemembered() {
		assertThat(checks.matches("an", "sai", "{plain}Dung-2026!")).isFalse();
		assertThat(checks.matches("an", "sai", "{plain}Dung-2026!")).isFalse();
		assertThat(comparisons).hasValue(2);
	}

	@Test
	void anotherUserWithTheSamePasswordIsCheckedSeparately() {
		checks.matches("an", "Dung-2026!", "{plain}Dung-2026!");
		checks.matches("binh", "Dung-2026!", "{plain}Dung-2026!");
		assertThat(comparisons).hasValue(2);
	}

	@Test
	void concurrentRequestsWithTheSameCredentialsShareOneCheck() throws Exception {
		slowMillis = 300;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(pool.submit(() -> checks.matches("an", "Dung-2026!", "{plain}Dung-2026!")));
			}
			for (Future<Boolean> r : results) {
				assertThat(r.get()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(comparisons).hasValue(1);
	}
}

package vn.tinhso.directory.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTest {

	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void matchesTheRfc6238Sha1TestVectors() {
		// RFC 6238 appendix B (8 digits); authenticator apps use the last 6.
		assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
		assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
		assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(2000000000)), 8)).isEqualTo("69279037");
		assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(59)), 6)).isEqualTo("287082");
	}

	@Test
	void acceptsOneStepOfDriftButNotMore() {
		String secret = Base32.encode(RFC_KEY);
		Instant now = Instant.ofEpochSecond(1111111109);
		String previous = Totp.code(RFC_KEY, Totp.stepAt(now) - 1, 6);
		String tooOld = Totp.code(RFC_KEY, Totp.stepAt(now) - 3, 6);
		assertThat(Totp.matchingStep(secret, previous, now)).hasValue(Totp.stepAt(now) - 1);
		assertThat(Totp.matchingStep(secret, tooOld, now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "abcdef", now)).isEmpty();
	}

	@Test
	void base32RoundTripsAndRejectsForeignCharacters() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(new String(Base32.decode("MZXW6YTBOI"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Base32.decode("MZ1W")).isInstanceOf(IllegalArgumentException.class);
		assertThat(Base32.decode(Totp.newSecret())).hasSize(20);
	}

	@Test
	void otpauthUriNamesIssuerAndAccount() {
		assertThat(Totp.otpauthUri("TinhSo", "nguyen.an", "ABC"))
				.isEqualTo("otpauth://totp/TinhSo%3Anguyen.an?secret=ABC&issuer=TinhSo&digits=6&period=30");
	}
}

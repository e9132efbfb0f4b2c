package vn.tinhso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Phone numbers and Zalo ids reach the application log with only their last three characters. */
class MaskedAddressTest {

	@Test
	void keepsTheLastThreeCharactersOnly() {
		assertThat(MaskedAddress.of("0981234567")).isEqualTo("*******567");
		assertThat(MaskedAddress.of("zalo-user-8841")).isEqualTo("***********841").doesNotContain("zalo");
		assertThat(MaskedAddress.of("123456")).isEqualTo("******");
		assertThat(MaskedAddress.of("")).isEmpty();
		assertThat(MaskedAddress.of(null)).isEmpty();
	}
}

package vn.tinhso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailsTest {

	@Test
	void acceptsOrdinaryAddressesOnly() {
		assertThat(Emails.isValid("sxd@bacninh.gov.vn")).isTrue();
		assertThat(Emails.isValid("lan.hoang+hs@example.vn")).isTrue();
		assertThat(Emails.isValid("not-an-email")).isFalse();
		assertThat(Emails.isValid("a b@example.vn")).isFalse();
		assertThat(Emails.isValid("a@example")).isFalse();
		assertThat(Emails.isValid("a@@example.vn")).isFalse();
		assertThat(Emails.isValid(null)).isFalse();
		assertThat(Emails.isValid("a".repeat(195) + "@x.vn")).isTrue(); // 200 characters
		assertThat(Emails.isValid("a".repeat(196) + "@x.vn")).isFalse();
	}
}

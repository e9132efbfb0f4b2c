package vn.tinhso.directory.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	@Test
	void acceptsLongMixedPasswords() {
		assertThat(PasswordPolicy.problem("Hoa.Sen-2026", "nguyenan")).isNull();
		assertThat(PasswordPolicy.problem("mật khẩu dài 2026!", "nguyenan")).isNull();
	}

	@Test
	void refusesShortWeakOrPersonalPasswords() {
		assertThat(PasswordPolicy.problem("Ab1!", "x")).isEqualTo("password.too-short");
		assertThat(PasswordPolicy.problem("abcdefghijkl", "x")).isEqualTo("password.too-weak");
		assertThat(PasswordPolicy.problem("abcdefghij12", "x")).isEqualTo("password.too-weak");
		assertThat(PasswordPolicy.problem("Nguyenan-2026", "nguyenan")).isEqualTo("password.contains-username");
		assertThat(PasswordPolicy.problem("A1b!".repeat(40), "x")).isEqualTo("password.too-long");
		assertThat(PasswordPolicy.problem(null, "x")).isEqualTo("password.too-short");
	}
}

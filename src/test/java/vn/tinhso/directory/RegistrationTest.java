package vn.tinhso.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tinhso.support.IntegrationTest;

class RegistrationTest extends IntegrationTest {

	private static final String PASSWORD = "Sen-Vang-2026";

	private static String newPersonalId() {
		return String.format("0011%02d%06d", ThreadLocalRandom.current().nextInt(100),
				ThreadLocalRandom.current().nextInt(1_000_000));
	}

	private static MockHttpServletRequestBuilder register(String type, String id, String password, String confirm) {
		return post("/register").with(csrf()).param("applicantType", type).param("identifier", id)
				.param("name", "Hoàng Thị Lan").param("email", "lan@example.vn").param("phone", "0912345678")
				.param("address", "Thôn Đông, xã Phù Lãng").param("password", password)
				.param("passwordConfirmation", confirm);
	}

	private int accounts(String username) {
		return jdbc.sql("select count(*) from account where username = ?").param(username).query(Integer.class).single();
	}

	@Test
	void citizenRegistersAndSignsInWithTheirPersonalId() throws Exception {
		String id = newPersonalId();
		mvc.perform(register("CITIZEN", id, PASSWORD, PASSWORD)).andExpect(redirectedUrl("/login?registered"));
		assertThat(jdbc.sql("select full_name from citizen where personal_id = ?").param(id).query(String.class).single())
				.isEqualTo("Hoàng Thị Lan");
		mvc.perform(formLogin("/login").user(id).password(PASSWORD)).andExpect(redirectedUrl("/account"));
	}

	@Test
	void invalidPersonalIdAndWeakPasswordAreShownOnTheFormAndNothingIsCreated() throws Exception {
		mvc.perform(register("CITIZEN", "12345", "short", "short"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Số định danh cá nhân phải gồm đúng 12 chữ số.")))
				.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		String id = newPersonalId();
		mvc.perform(register("CITIZEN", id, PASSWORD, PASSWORD + "x"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Hai lần nhập mật khẩu không khớp.")));
		assertThat(accounts(id)).isZero();
	}

	@Test
	void aPersonalIdCanOnlyRegisterOnce() throws Exception {
		String id = newPersonalId();
		mvc.perform(register("CITIZEN", id, PASSWORD, PASSWORD)).andExpect(status().is3xxRedirection());
		mvc.perform(register("CITIZEN", id, PASSWORD, PASSWORD)).andExpect(status().isConflict())
				.andExpect(content().string(containsString("Số định danh này đã có tài khoản.")));
		assertThat(accounts(id)).isOne();
	}

	@Test
	void organisationsRegisterWithAValidTaxCode() throws Exception {
		mvc.perform(register("ORGANISATION", "0100109107", PASSWORD, PASSWORD)).andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("sai chữ số kiểm tra")));
		String branch = String.format("0100109106-%03d", 1 + ThreadLocalRandom.current().nextInt(998));
		mvc.perform(register("ORGANISATION", branch, PASSWORD, PASSWORD)).andExpect(redirectedUrl("/login?registered"));
		String username = branch.replace("-", "");
		assertThat(jdbc.sql("select kind from account where username = ?").param(username).query(String.class).single())
				.isEqualTo("ORGANISATION");
		mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/account"));
	}
}

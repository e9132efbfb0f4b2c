package vn.tinhso.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.tinhso.directory.account.TotpTestAccess;
import vn.tinhso.support.Fixtures;
import vn.tinhso.support.IntegrationTest;

class AccountPagesTest extends IntegrationTest {

	@Test
	void officialTurnsOnTheSecondFactorByScanningAndConfirmingACode() throws Exception {
		String official = fixtures.official(fixtures.department(), Role.LEADER);
		String page = mvc.perform(post("/account/totp/start").with(as(official)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data:image/png;base64,")))
				.andReturn().getResponse().getContentAsString();
		Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<").matcher(page);
		assertThat(secret.find()).isTrue();

		mvc.perform(post("/account/totp/confirm").with(as(official)).with(csrf()).param("code", "123456"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Mã xác thực không đúng")));
		mvc.perform(post("/account/totp/confirm").with(as(official)).with(csrf())
				.param("code", TotpTestAccess.codeAt(secret.group(1), Instant.now())))
				.andExpect(redirectedUrl("/account"));
		assertThat(jdbc.sql("select totp_enabled from account where username = ?").param(official)
				.query(Boolean.class).single()).isTrue();
	}

	@Test
	void citizensHaveNoAppBasedSecondFactor() throws Exception {
		mvc.perform(post("/account/totp/start").with(as(fixtures.citizen())).with(csrf()))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("dành cho tài khoản cán bộ")));
	}

	@Test
	void passwordChangeChecksTheCurrentPasswordAndThePolicy() throws Exception {
		String citizen = fixtures.citizen();
		mvc.perform(post("/account/password").with(as(citizen)).with(csrf()).param("currentPassword", "wrong")
				.param("newPassword", "Moi-Mat-Khau-2026").param("confirmation", "Moi-Mat-Khau-2026"))
				.andExpect(status().isBadRequest()).andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
		mvc.perform(post("/account/password").with(as(citizen)).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "weakpassword").param("confirmation", "weakpassword"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/account/password").with(as(citizen)).with(csrf()).param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", "Moi-Mat-Khau-2026").param("confirmation", "Moi-Mat-Khau-2026"))
				.andExpect(redirectedUrl("/account"));
		mvc.perform(get("/account").with(as(citizen))).andExpect(status().isUnauthorized());
		mvc.perform(get("/account").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.httpBasic(citizen, "Moi-Mat-Khau-2026")))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Công dân")));
	}

	@Test
	void temporaryPasswordHoldersAreSentToChangeIt() throws Exception {
		String official = fixtures.official(fixtures.department(), Role.CLERK);
		jdbc.sql("update account set must_change_password = true where username = ?").param(official).update();
		mvc.perform(get("/staff").with(as(official))).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").with(as(official))).andExpect(status().isOk())
				.andExpect(content().string(containsString("mật khẩu tạm")));
	}
}

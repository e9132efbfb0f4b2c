package vn.tinhso.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.tinhso.support.Fixtures;
import vn.tinhso.support.IntegrationTest;

class SignInTest extends IntegrationTest {

	@Test
	void officialSignsInToTheirWorkspaceAndCitizenToTheirAccount() throws Exception {
		String official = fixtures.official(fixtures.department(), Role.SPECIALIST);
		mvc.perform(formLogin("/login").user(official).password(Fixtures.PASSWORD))
				.andExpect(redirectedUrl("/staff"));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'account.sign-in' and target_id = ?")
				.param(official).query(Integer.class).single()).isOne();
		String citizen = fixtures.citizen();
		mvc.perform(formLogin("/login").user(citizen).password(Fixtures.PASSWORD))
				.andExpect(redirectedUrl("/account"));
		assertThat(jdbc.sql("select last_login_at is not null from account where username = ?").param(citizen)
				.query(Boolean.class).single()).isTrue();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
		String official = fixtures.official(fixtures.department(), Role.CLERK);
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(official).password("wrong-" + i))
					.andExpect(redirectedUrl("/login?error=bad-credentials"));
		}
		mvc.perform(formLogin("/login").user(official).password("wrong-5"))
				.andExpect(redirectedUrl("/login?error=locked"));
		mvc.perform(formLogin("/login").user(official).password(Fixtures.PASSWORD))
				.andExpect(redirectedUrl("/login?error=locked"));
		assertThat(jdbc.sql("select locked_until > now() + interval '14 minutes' from account where username = ?")
				.param(official).query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'account.locked' and target_id = ?")
				.param(official).query(Integer.class).single()).isOne();
		mvc.perform(get("/login").param("error", "locked"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Tài khoản tạm khóa")));
	}

	@Test
	void lockExpiresAndASuccessResetsTheFailureCount() throws Exception {
		String official = fixtures.official(fixtures.department(), Role.CLERK);
		jdbc.sql("update account set locked_until = now() - interval '1 second', failed_logins = 3 where username = ?")
				.param(official).update();
		mvc.perform(formLogin("/login").user(official).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/staff"));
		assertThat(jdbc.sql("select failed_logins from account where username = ?").param(official)
				.query(Integer.class).single()).isZero();
	}

	@Test
	void unknownUserAndDisabledAccountAreRefused() throws Exception {
		mvc.perform(formLogin("/login").user("nobody.here").password(Fixtures.PASSWORD))
				.andExpect(redirectedUrl("/login?error=bad-credentials"));
		String official = fixtures.official(fixtures.department(), Role.CLERK);
		jdbc.sql("update account set active = false where username = ?").param(official).update();
		mvc.perform(formLogin("/login").user(official).password(Fixtures.PASSWORD))
				.andExpect(redirectedUrl("/login?error=disabled"));
	}

	@Test
	void secondFactorIsRequiredOnceEnabledAndACodeWorksOnlyOnce() throws Exception {
		String official = fixtures.official(fixtures.department(), Role.LEADER);
		String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
		jdbc.sql("update account set totp_secret = ?, totp_enabled = true where username = ?").params(secret, official)
				.update();
		mvc.perform(formLogin("/login").user(official).password(Fixtures.PASSWORD))
				.andExpect(redirectedUrl("/login?error=otp-required"));
		mvc.perform(post("/login").with(csrf()).param("username", official).param("password", Fixtures.PASSWORD)
				.param("otp", "000000")).andExpect(redirectedUrl("/login?error=otp-invalid"));
		String code = vn.tinhso.directory.account.TotpTestAccess.codeAt(secret, Instant.now());
		mvc.perform(post("/login").with(csrf()).param("username", official).param("password", Fixtures.PASSWORD)
				.param("otp", code)).andExpect(redirectedUrl("/staff"));
		mvc.perform(post("/login").with(csrf()).param("username", official).param("password", Fixtures.PASSWORD)
				.param("otp", code)).andExpect(redirectedUrl("/login?error=otp-invalid"));
		// HTTP Basic cannot carry a second factor, so it is refused for such accounts.
		mvc.perform(get("/api/v1/agencies").with(Fixtures.as(official))).andExpect(status().isUnauthorized());
	}

	@Test
	void sessionsAreStoredInTheDatabase() throws Exception {
		String official = fixtures.official(fixtures.department(), Role.SPECIALIST);
		mvc.perform(formLogin("/login").user(official).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/staff"));
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(official)
				.query(Integer.class).single()).isOne();
	}

	@Test
	void formPostsWithoutCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
		mvc.perform(post("/register").param("identifier", "027090001111")).andExpect(status().isForbidden());
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
				.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void protectedPagesSendBrowsersToTheLoginPage() throws Exception {
		mvc.perform(get("/admin/agencies")).andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		String citizen = fixtures.citizen();
		mvc.perform(get("/staff").with(Fixtures.as(citizen))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(Fixtures.as(fixtures.official(fixtures.department(), Role.AGENCY_ADMIN))))
				.andExpect(status().isForbidden());
	}
}

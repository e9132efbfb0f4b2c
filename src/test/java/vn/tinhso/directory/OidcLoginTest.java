package vn.tinhso.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import testidp.TestIdentityProvider;
import vn.tinhso.browser.BrowserTest;

/**
 * Citizen sign-in through OpenID Connect against a real provider (Spring Security's authorization
 * server, started in this JVM before the application), driven end to end in headless Chromium.
 */
@DirtiesContext // the application context points at this class's provider, which stops after the class
class OidcLoginTest extends BrowserTest {

	private static final TestIdentityProvider PROVIDER = TestIdentityProvider.start();
	private static final String PROVIDER_PASSWORD = "Idp@Password1";
	private static final String VNEID_LINK = "Đăng nhập bằng tài khoản định danh điện tử (VNeID)";

	@DynamicPropertySource
	static void vneid(DynamicPropertyRegistry registry) {
		String registration = "spring.security.oauth2.client.registration.vneid.";
		registry.add(registration + "client-id", () -> TestIdentityProvider.CLIENT_ID);
		registry.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
		registry.add(registration + "scope", () -> "openid,profile,email");
		registry.add(registration + "authorization-grant-type", () -> "authorization_code");
		registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
		registry.add("spring.security.oauth2.client.provider.vneid.issuer-uri", PROVIDER::issuer);
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.close();
	}

	@BeforeEach
	void registerRedirectUri() {
		PROVIDER.allowRedirectUri(baseUrl() + "/login/oauth2/code/vneid");
	}

	@Test
	void citizenSignsInWithTheProviderAndGetsACitizenAccountKeyedByPersonalId() {
		String personalId = String.format("027090%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		String subject = "congdan" + ThreadLocalRandom.current().nextInt(1_000_000);
		PROVIDER.addUser(subject, PROVIDER_PASSWORD, Map.of("personal_id", personalId, "name", "Trần Văn Định Danh"));

		signInAtProvider(subject);

		assertThat(browser.getCurrentUrl()).startsWith(baseUrl() + "/account");
		assertThat(text(By.xpath("//header//a[@href='/account']"))).isEqualTo("Trần Văn Định Danh");
		assertThat(definition("Tên đăng nhập")).isEqualTo(personalId);
		assertThat(definition("Họ và tên")).isEqualTo("Trần Văn Định Danh");
		assertThat(definition("Loại tài khoản")).isEqualTo("Công dân");

		Map<String, Object> account = jdbc.sql("""
				select kind, display_name, oidc_issuer, oidc_subject, password_hash is null as no_password, active
				from account where username = ?""").param(personalId).query().singleRow();
		assertThat(account).containsEntry("kind", "CITIZEN").containsEntry("display_name", "Trần Văn Định Danh")
				.containsEntry("oidc_issuer", PROVIDER.issuer()).containsEntry("oidc_subject", subject)
				.containsEntry("no_password", true).containsEntry("active", true);
		assertThat(jdbc.sql("select full_name from citizen where personal_id = ?").param(personalId)
				.query(String.class).list()).containsExactly("Trần Văn Định Danh");
		assertThat(jdbc.sql("select details from audit_event where action = 'account.oidc-link' and target_id = ?")
				.param(personalId).query(String.class).list()).containsExactly(PROVIDER.issuer());

		// Signing out of the application leaves the provider's own session (its cookie is separate):
		// the next sign-in comes straight back, to the same account.
		logOut();
		assertThat(browser.findElements(By.xpath("//header//a[@href='/account']"))).isEmpty();
		open("/login");
		clickAndWait(By.linkText(VNEID_LINK));
		assertThat(browser.getCurrentUrl()).startsWith(baseUrl() + "/account");
		assertThat(definition("Tên đăng nhập")).isEqualTo(personalId);
		assertThat(jdbc.sql("select count(*) from account where oidc_subject = ? or username = ?")
				.params(subject, personalId).query(Integer.class).single()).isOne();
	}

	@ParameterizedTest(name = "personal_id claim \"{0}\"")
	@ValueSource(strings = { "", "999090123456", "02709012345" })
	void providerWithoutAValidPersonalIdIsRefusedAndNothingIsCreated(String claim) {
		String subject = "khongso" + ThreadLocalRandom.current().nextInt(1_000_000);
		Map<String, Object> claims = new HashMap<>(Map.of("name", "Người Không Số"));
		if (!claim.isEmpty()) {
			claims.put("personal_id", claim);
		}
		PROVIDER.addUser(subject, PROVIDER_PASSWORD, claims);
		int accountsBefore = count("account");
		int citizensBefore = count("citizen");
		int auditBefore = count("audit_event");

		signInAtProvider(subject);

		assertThat(browser.getCurrentUrl()).isEqualTo(baseUrl() + "/login?error=oidc-personal-id");
		assertThat(text(By.id("login-error"))).isEqualTo("Nhà cung cấp định danh không gửi số định danh cá nhân hợp lệ.");
		assertThat(browser.findElements(By.xpath("//header//a[@href='/account']"))).isEmpty();
		open("/account");
		assertThat(currentPath()).isEqualTo("/login");
		assertThat(jdbc.sql("select count(*) from account where oidc_subject = ? or display_name = 'Người Không Số'")
				.param(subject).query(Integer.class).single()).isZero();
		assertThat(count("account")).isEqualTo(accountsBefore);
		assertThat(count("citizen")).isEqualTo(citizensBefore);
		assertThat(count("audit_event")).isEqualTo(auditBefore);
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	/** From the application's login page to the provider's form, signed in there, and back. */
	private void signInAtProvider(String username) {
		open("/login");
		clickAndWait(By.linkText(VNEID_LINK));
		assertThat(browser.getCurrentUrl()).isEqualTo(PROVIDER.issuer() + "/login");
		type(By.id("username"), username);
		type(By.id("password"), PROVIDER_PASSWORD);
		clickAndWait(By.cssSelector("form button[type=submit]"));
	}

	private String definition(String term) {
		return text(By.xpath("//main//dt[normalize-space()='" + term + "']/following-sibling::dd[1]"));
	}
}

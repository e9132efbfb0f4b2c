package vn.tinhso.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.openqa.selenium.By;
import com.jayway.jsonpath.JsonPath;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import vn.tinhso.directory.Role;
import vn.tinhso.support.Fixtures;

/**
 * Every page of the foundation checked in the real browser with axe-core's WCAG 2.0/2.1 A and AA
 * rules, and on a phone-sized screen for sideways scrolling.
 */
class AccessibilityBrowserTest extends BrowserTest {

	private static final List<String> PUBLIC_PAGES = List.of("/", "/?lang=en", "/login", "/login?error=locked",
			"/register", "/directory", "/directory?q=khong+co+ket+qua");
	private static final List<String> ADMIN_PAGES = List.of("/staff", "/admin", "/admin/agencies",
			"/admin/agencies/new", "/admin/officials", "/admin/officials/new", "/admin/imports", "/admin/audit", "/admin/calendar",
			"/account", "/account/password", "/account/totp", "/no-such-page");

	private static String axe;

	@BeforeAll
	static void loadAxe() throws IOException {
		try (InputStream in = AccessibilityBrowserTest.class
				.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> violations(String page) {
		open(page);
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript(axe);
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
				   .then(r => done(r.passes.length < 10 ? ['axe checked only ' + r.passes.length + ' rules']
				        : r.violations.map(v => v.id + ' (' + v.impact + '): '
				            + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
				   .catch(e => done(['axe failed: ' + e]));""");
		List<String> found = new ArrayList<>();
		((List<Object>) result).forEach(v -> found.add(page + " → " + v));
		return found;
	}

	@Test
	void publicPagesMeetWcag21AA() {
		List<String> found = new ArrayList<>();
		PUBLIC_PAGES.forEach(page -> found.addAll(violations(page)));
		assertThat(found).isEmpty();
	}

	@Test
	void staffAndAdministrationPagesMeetWcag21AA() {
		fixtures.department();
		logIn(fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN), Fixtures.PASSWORD);
		List<String> found = new ArrayList<>();
		ADMIN_PAGES.forEach(page -> found.addAll(violations(page)));
		assertThat(found).isEmpty();
	}

	@Test
	void oneStopPagesMeetWcag21AA() throws Exception {
		String department = fixtures.department();
		String procedure = fixtures.procedure(department);
		String oneStop = fixtures.official(department, Role.ONE_STOP_OFFICER);
		String citizen = fixtures.citizen();
		String code = JsonPath.read(mvc.perform(multipart("/api/v1/dossiers")
				.param("procedureCode", procedure).param("agencyCode", department).param("channel", "IN_PERSON")
				.param("applicantName", "Nguyễn Văn Kiểm").param("applicantIdNumber", citizen)
				.file(new MockMultipartFile("component-TP1", "scan.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
				.with(Fixtures.as(oneStop))).andReturn().getResponse().getContentAsString(), "$.code");
		List<String> found = new ArrayList<>();
		for (String page : List.of("/procedures", "/procedures?q=khong+co", "/procedures/" + procedure, "/lookup",
				"/lookup/" + code, "/lookup?code=sai-ma", "/figures")) {
			found.addAll(violations(page));
		}
		logIn(oneStop, Fixtures.PASSWORD);
		for (String page : List.of("/staff/dossiers", "/staff/dossiers?mine=false&due=overdue", "/staff/dossiers/" + code,
				"/staff/dossiers/receive", "/staff/dossiers/receive?procedure=" + procedure)) {
			found.addAll(violations(page));
		}
		logOut();
		logIn(citizen, Fixtures.PASSWORD);
		for (String page : List.of("/my/dossiers", "/my/dossiers/" + code, "/dossiers/new?procedure=" + procedure)) {
			found.addAll(violations(page));
		}
		logOut();
		logIn(fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN), Fixtures.PASSWORD);
		for (String page : List.of("/admin/procedures", "/admin/procedures/new", "/admin/procedures/" + procedure,
				"/admin/procedures/import")) {
			found.addAll(violations(page));
		}
		assertThat(found).isEmpty();
	}

	@Test
	void formErrorsAreAnnouncedAccessibly() {
		open("/register");
		clickAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.findElement(By.id("identifier")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(violations(browser.getCurrentUrl())).isEmpty();
	}

	@Test
	void pagesFitAPhoneScreenWithoutSidewaysScrolling() {
		Dimension desktop = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(375, 800));
			logIn(fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN), Fixtures.PASSWORD);
			for (String page : List.of("/", "/directory", "/admin/agencies", "/admin/officials", "/account", "/procedures",
					"/figures", "/staff/dossiers", "/admin/procedures/new")) {
				open(page);
				Map<?, ?> size = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
						"return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}");
				assertThat(((Number) size.get("scroll")).intValue()).as(page)
						.isLessThanOrEqualTo(((Number) size.get("client")).intValue());
			}
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
	}
}

package vn.tinhso.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.openqa.selenium.By;
import com.jayway.jsonpath.JsonPath;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import vn.tinhso.directory.Role;
import vn.tinhso.feedback.FeedbackPageData;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.support.Fixtures;

/**
 * Every page of the foundation (and of the one-stop and document modules) checked in the real browser with axe-core's WCAG 2.0/2.1 A and AA
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

	private List<String> violations(String page) {
		open(page);
		return violationsHere(page);
	}

	/** The axe findings on the page the browser shows now (e.g. a form re-shown with its errors). */
	@SuppressWarnings("unchecked")
	private List<String> violationsHere(String page) {
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
	void documentPagesMeetWcag21AA() throws Exception {
		String agency = fixtures.department();
		String recipient = fixtures.unitUnder(agency);
		String clerk = fixtures.official(agency, Role.CLERK);
		String leader = fixtures.official(agency, Role.LEADER);
		String specialist = fixtures.official(agency, Role.SPECIALIST);
		MockMultipartFile pdf = new MockMultipartFile("file", "van-ban.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes());
		long incoming = documentId(mvc.perform(multipart("/api/v1/documents/incoming").file(pdf).param("agencyCode", agency)
				.param("typeCode", "CD").param("notation", "24/CĐ-TTg").param("subject", "Công điện về ứng phó mưa lũ")
				.param("issuerName", "Thủ tướng Chính phủ").param("issuedOn", LocalDate.now(ProvinceTime.ZONE).toString())
				.param("urgency", "HOA_TOC").param("dueOn", LocalDate.now(ProvinceTime.ZONE).plusDays(1).toString())
				.with(Fixtures.as(clerk))).andReturn().getResponse().getContentAsString());
		mvc.perform(post("/api/v1/documents/" + incoming + "/assignments").contentType(MediaType.APPLICATION_JSON)
				.content("[{\"kind\":\"LEAD\",\"username\":\"" + specialist + "\",\"note\":\"Báo cáo ngay\"}]")
				.with(Fixtures.as(leader)));
		long inReview = documentId(mvc.perform(multipart("/api/v1/documents/outgoing").file(pdf).param("agencyCode", agency)
				.param("typeCode", "QD").param("subject", "Quyết định phê duyệt kế hoạch").param("urgency", "KHAN")
				.param("recipients", recipient).with(Fixtures.as(specialist))).andReturn().getResponse().getContentAsString());
		mvc.perform(post("/api/v1/documents/" + inReview + "/submit").param("signer", leader).with(Fixtures.as(specialist)));
		long draft = documentId(mvc.perform(multipart("/api/v1/documents/outgoing").file(pdf).param("agencyCode", agency)
				.param("typeCode", "CV").param("subject", "V/v góp ý dự thảo quy chế").param("confidentiality", "MAT")
				.with(Fixtures.as(specialist))).andReturn().getResponse().getContentAsString());

		List<String> found = new ArrayList<>();
		logIn(specialist, Fixtures.PASSWORD);
		for (String page : List.of("/staff/documents", "/staff/documents?direction=OUT", "/staff/documents?q=khong+co&status=DONE",
				"/staff/documents/" + incoming, "/staff/documents/" + draft, "/staff/documents/outgoing/new")) {
			found.addAll(violations(page));
		}
		clickAndWait(By.id("save-draft"));
		found.addAll(violationsHere("/staff/documents/outgoing/new (errors)"));
		found.addAll(violations("/staff/documents/" + draft + "?lang=en"));
		open("/staff/documents?lang=vi");
		logOut();
		logIn(leader, Fixtures.PASSWORD);
		for (String page : List.of("/staff/documents/" + incoming, "/staff/documents/" + inReview)) {
			found.addAll(violations(page));
		}
		logOut();
		logIn(clerk, Fixtures.PASSWORD);
		found.addAll(violations("/staff/documents/incoming/new"));
		clickAndWait(By.id("register"));
		found.addAll(violationsHere("/staff/documents/incoming/new (errors)"));
		assertThat(found).isEmpty();

		Dimension desktop = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(375, 800));
			for (String page : List.of("/staff/documents", "/staff/documents/" + incoming, "/staff/documents/" + inReview,
					"/staff/documents/incoming/new")) {
				open(page);
				assertFitsWidth(page);
			}
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
	}

	private static long documentId(String json) {
		return ((Number) JsonPath.read(json, "$.document.id")).longValue();
	}

	private void assertFitsWidth(String page) {
		Map<?, ?> size = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
				"return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}");
		assertThat(((Number) size.get("scroll")).intValue()).as(page)
				.isLessThanOrEqualTo(((Number) size.get("client")).intValue());
	}

	@Test
	void fieldReportPagesMeetWcag21AA() throws Exception {
		FeedbackPageData data = new FeedbackPageData(mvc, fixtures);
		FeedbackPageData.Commune commune = data.commune();
		String category = data.category();
		String citizen = fixtures.citizen();
		String operator = fixtures.official(fixtures.root(), Role.IOC_OPERATOR);
		String code = JsonPath.read(mvc.perform(multipart("/api/v1/feedback/reports").param("category", category)
				.param("description", "Đèn đường hỏng cả đoạn, rất tối").param("lat", String.valueOf(commune.lat()))
				.param("lon", String.valueOf(commune.lon())).with(Fixtures.as(citizen)))
				.andReturn().getResponse().getContentAsString(), "$.code");
		List<String> found = new ArrayList<>();
		for (String page : List.of("/feedback", "/feedback?category=" + category, "/feedback/" + code, "/feedback?lang=en")) {
			found.addAll(violations(page));
		}
		open("/feedback?lang=vi");
		logIn(citizen, Fixtures.PASSWORD);
		for (String page : List.of("/feedback/new", "/my/feedback", "/my/feedback/" + code)) {
			found.addAll(violations(page));
		}
		open("/feedback/new");
		clickAndWait(By.id("submit-report"));
		found.addAll(violationsHere("/feedback/new (errors)"));
		logOut();
		logIn(operator, Fixtures.PASSWORD);
		for (String page : List.of("/staff/feedback/ioc", "/staff/feedback/" + code)) {
			found.addAll(violations(page));
		}
		assertThat(found).isEmpty();

		Dimension desktop = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(375, 800));
			for (String page : List.of("/staff/feedback/ioc", "/staff/feedback/" + code, "/feedback", "/feedback/" + code)) {
				open(page);
				assertFitsWidth(page);
			}
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
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

package vn.tinhso.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import vn.tinhso.directory.Role;
import vn.tinhso.feedback.FeedbackPageData;
import vn.tinhso.support.Fixtures;

/**
 * The field-report administration and figures pages in the real browser: axe-core's WCAG 2.0/2.1 A and
 * AA rules (forms shown again with their errors too), no sideways scrolling on a phone, the boundary
 * preview map drawn, and an Open311 key issued, shown once and revoked through the confirmation page.
 */
class FeedbackAdminBrowserTest extends BrowserTest {

	private static String axe;

	@BeforeAll
	static void loadAxe() throws IOException {
		try (InputStream in = FeedbackAdminBrowserTest.class
				.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void administrationPagesMeetWcag21AAAndFitAPhone() throws Exception {
		FeedbackPageData data = new FeedbackPageData(mvc, fixtures);
		data.commune();
		String category = data.category();
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		List<String> found = new ArrayList<>();
		logIn(admin, Fixtures.PASSWORD);
		List<String> pages = List.of("/admin", "/admin/feedback/categories", "/admin/feedback/categories/new",
				"/admin/feedback/categories/" + category, "/admin/feedback/boundaries", "/admin/feedback/api-keys",
				"/admin/feedback/categories?lang=en");
		for (String page : pages) {
			found.addAll(violations(page));
		}
		open("/admin/feedback/categories/new?lang=vi");
		clickAndWait(By.id("save-category"));
		assertThat(browser.findElement(By.id("code")).getDomAttribute("aria-invalid")).isEqualTo("true");
		found.addAll(violationsHere("/admin/feedback/categories/new (errors)"));

		// The preview map draws the boundaries from the public GeoJSON.
		open("/admin/feedback/boundaries");
		waiting.until(d -> browser.findElement(By.id("boundary-map")).getDomAttribute("data-loaded") != null);
		assertThat(Integer.parseInt(browser.findElement(By.id("boundary-map")).getDomAttribute("data-loaded"))).isPositive();
		assertThat(browser.findElements(By.cssSelector("#boundary-map path.leaflet-interactive"))).isNotEmpty();
		Path wrong = Files.createTempFile("ranh-gioi", ".geojson");
		try {
			Files.writeString(wrong, "{\"type\": \"Feature\"}");
			browser.findElement(By.id("file")).sendKeys(wrong.toString());
			clickAndWait(By.id("upload-boundaries"));
			assertThat(text(By.id("error-summary"))).contains("Tệp không phải GeoJSON FeatureCollection");
			found.addAll(violationsHere("/admin/feedback/boundaries (errors)"));
		}
		finally {
			Files.deleteIfExists(wrong);
		}
		assertThat(found).isEmpty();

		Dimension desktop = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(375, 800));
			for (String page : pages) {
				open(page);
				assertFitsWidth(page);
			}
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
	}

	@Test
	void aKeyIsIssuedShownOnceAndRevokedAfterConfirmation() {
		logIn(fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN), Fixtures.PASSWORD);
		open("/admin/feedback/api-keys");
		type(By.id("name"), "Ứng dụng trình duyệt thử nghiệm");
		clickAndWait(By.id("issue-key"));
		String key = text(By.id("issued-key"));
		assertThat(key).startsWith("pa_");
		List<String> found = new ArrayList<>(violationsHere("/admin/feedback/api-keys (issued)"));
		clickAndWait(By.id("back-to-keys"));
		assertThat(browser.getPageSource()).doesNotContain(key).contains("Ứng dụng trình duyệt thử nghiệm");
		long id = jdbc.sql("select max(id) from feedback_api_key where name = ?").param("Ứng dụng trình duyệt thử nghiệm")
				.query(Long.class).single();
		clickAndWait(By.id("revoke-" + id));
		found.addAll(violationsHere("/admin/feedback/api-keys/" + id + "/revoke"));
		clickAndWait(By.id("confirm-revoke"));
		assertThat(text(By.cssSelector("[role=status]"))).contains("Đã thu hồi khóa");
		assertThat(browser.findElements(By.id("revoke-" + id))).isEmpty();
		assertThat(found).isEmpty();
	}

	@Test
	void figuresPagesMeetWcag21AAAndFitAPhone() throws Exception {
		FeedbackPageData data = new FeedbackPageData(mvc, fixtures);
		FeedbackPageData.Commune commune = data.commune();
		String category = data.category();
		String citizen = fixtures.citizen();
		mvc.perform(multipart("/api/v1/feedback/reports").param("category", category)
				.param("description", "Nắp cống vỡ giữa vỉa hè").param("lat", String.valueOf(commune.lat()))
				.param("lon", String.valueOf(commune.lon())).with(Fixtures.as(citizen)))
				.andExpect(status().isCreated());
		List<String> pages = List.of("/staff/feedback/figures", "/staff/feedback/figures?by=category",
				"/staff/feedback/figures?by=month", "/staff/feedback/figures?from=2026-13");
		List<String> found = new ArrayList<>();
		logIn(fixtures.official(fixtures.root(), Role.IOC_OPERATOR), Fixtures.PASSWORD);
		for (String page : pages) {
			found.addAll(violations(page));
		}
		logOut();
		logIn(fixtures.official(commune.code(), Role.LEADER), Fixtures.PASSWORD);
		found.addAll(violations("/staff/feedback/figures"));
		assertThat(found).isEmpty();
		Dimension desktop = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(375, 800));
			for (String page : pages) {
				open(page);
				assertFitsWidth(page);
			}
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
	}

	private List<String> violations(String page) {
		open(page);
		return violationsHere(page);
	}

	/** The axe findings on the page the browser shows now. */
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

	private void assertFitsWidth(String page) {
		Map<?, ?> size = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
				"return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}");
		assertThat(((Number) size.get("scroll")).intValue()).as(page)
				.isLessThanOrEqualTo(((Number) size.get("client")).intValue());
	}
}

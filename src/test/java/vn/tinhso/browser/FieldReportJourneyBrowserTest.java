package vn.tinhso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.tinhso.directory.Role;
import vn.tinhso.feedback.FeedbackPageData;
import vn.tinhso.support.Fixtures;

/**
 * A field report in a real browser: the citizen reports with a photo and a pin dropped on the map (no
 * map tiles load in tests: the pin and the markers must work without them), the IOC assigns it, the
 * commune's leader names a handler, the handler answers, the public page shows the answer, the
 * citizen rates it.
 */
class FieldReportJourneyBrowserTest extends BrowserTest {

	private FeedbackPageData.Commune commune;
	private String category;
	private String citizen;
	private String operator;
	private String leader;
	private String handler;
	private Path photo;

	@BeforeEach
	void province() throws Exception {
		FeedbackPageData data = new FeedbackPageData(mvc, fixtures);
		commune = data.commune();
		category = data.category();
		citizen = fixtures.citizen();
		operator = fixtures.official(fixtures.root(), Role.IOC_OPERATOR);
		leader = fixtures.official(commune.code(), Role.LEADER);
		handler = fixtures.official(commune.code(), Role.SPECIALIST);
		photo = Files.createTempFile("hien-truong", ".jpg");
		BufferedImage picture = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 640; x++) {
			for (int y = 0; y < 480; y++) {
				picture.setRGB(x, y, (x * 255 / 640) << 16 | (y * 255 / 480) << 8 | 90);
			}
		}
		ImageIO.write(picture, "jpg", photo.toFile());
	}

	@AfterEach
	void removePhoto() throws IOException {
		Files.deleteIfExists(photo);
	}

	@Test
	void aCitizenReportsWithAPhotoAndAPinAndTheCommuneAnswersInPublic() throws InterruptedException {
		// The citizen: category, description, photo, a pin dropped by a tap on the map.
		logIn(citizen, Fixtures.PASSWORD);
		open("/feedback/new?lat=" + commune.lat() + "&lon=" + commune.lon() + "&zoom=15");
		choose(By.id("category"), category);
		type(By.id("description"), "Cây xà cừ đổ chắn ngang đường sau cơn dông");
		browser.findElement(By.id("photos")).sendKeys(photo.toString());
		WebElement map = browser.findElement(By.id("pick-map"));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", map);
		new Actions(browser).moveToElement(map, 40, 25).click().perform();
		waiting.until(d -> "true".equals(map.getDomAttribute("data-pinned")));
		assertThat(browser.findElements(By.cssSelector("#pick-map .feedback-pin"))).hasSize(1);
		double lat = Double.parseDouble(browser.findElement(By.id("lat")).getDomProperty("value"));
		double lon = Double.parseDouble(browser.findElement(By.id("lon")).getDomProperty("value"));
		// Right of and below the centre: east and south of it, still inside the commune's square.
		assertThat(lon).isGreaterThan(commune.lon()).isLessThan(commune.lon() + 0.01);
		assertThat(lat).isLessThan(commune.lat()).isGreaterThan(commune.lat() - 0.01);
		clickAndWait(By.id("submit-report"));
		assertThat(text(By.cssSelector(".alert-success"))).startsWith("Đã gửi phản ánh. Mã phản ánh của bạn: PA-");
		String code = text(By.id("report-code"));
		assertThat(text(By.id("report-status"))).isEqualTo("Mới gửi, chờ xác minh");
		assertThat(browser.findElements(By.cssSelector("#report-photos img"))).hasSize(1);
		logOut();

		// The IOC operator verifies it and assigns it to the commune the pin is in (preselected).
		logIn(operator, Fixtures.PASSWORD);
		open("/staff/feedback/ioc");
		clickAndWait(By.linkText(code));
		assertThat(browser.findElement(By.id("agencyCode")).getDomProperty("value")).isEqualTo(commune.code());
		clickAndWait(By.id("do-ASSIGN"));
		assertThat(text(By.cssSelector(".alert-success"))).contains(code);
		assertThat(text(By.id("report-status"))).isEqualTo("Đã giao cơ quan xử lý");
		logOut();

		// The commune's leader names the handler.
		logIn(leader, Fixtures.PASSWORD);
		open("/staff/feedback");
		clickAndWait(By.linkText(code));
		choose(By.id("handler"), handler);
		clickAndWait(By.id("do-ASSIGN_HANDLER"));
		assertThat(text(By.id("report-handler"))).isEqualTo("Cán bộ " + handler);
		logOut();

		// The handler answers, with a photo of the result.
		logIn(handler, Fixtures.PASSWORD);
		open("/staff/feedback/" + code);
		type(By.id("answer"), "Đội cây xanh đã cắt và dọn cây đổ, đường đã thông lúc 9 giờ.");
		browser.findElement(By.id("answer-photos-input")).sendKeys(photo.toString());
		clickAndWait(By.id("do-RESOLVE"));
		assertThat(text(By.id("report-status"))).isEqualTo("Đã xử lý, trả lời");
		logOut();

		// Everyone sees the answer on the public page, and the report on the map (without tiles).
		open("/feedback/" + code);
		assertThat(text(By.id("report-answer"))).isEqualTo("Đội cây xanh đã cắt và dọn cây đổ, đường đã thông lúc 9 giờ.");
		assertThat(browser.findElements(By.cssSelector("#answer-photos img"))).hasSize(1);
		assertThat(text(By.id("report-reporter"))).isEqualTo("Công dân thử nghiệm");
		open("/feedback?category=" + category);
		WebElement publicMap = browser.findElement(By.id("feedback-map"));
		waiting.until(d -> "1".equals(publicMap.getDomAttribute("data-loaded")));
		waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#feedback-map .feedback-pin")));
		assertThat(browser.findElement(By.cssSelector("#feedback-map .feedback-pin")).getDomAttribute("title")).startsWith(code);
		// Zoomed out, the commune's marker carries the count; choosing it zooms in on the report again.
		for (int i = 0; i < 10 && !"communes".equals(publicMap.getDomAttribute("data-view")); i++) {
			click(browser.findElement(By.cssSelector("#feedback-map .leaflet-control-zoom-out")));
			Thread.sleep(700); // a click during the zoom's animation is ignored; the page then asks after 250 ms
		}
		waiting.until(d -> "communes".equals(publicMap.getDomAttribute("data-view")));
		WebElement communeMarker = waiting.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#feedback-map .feedback-commune[data-commune='" + commune.code() + "']")));
		assertThat(communeMarker.getDomAttribute("data-count")).isEqualTo("1");
		assertThat(text(By.id("feedback-map-note"))).contains("1 phản ánh");
		click(communeMarker);
		waiting.until(d -> "points".equals(publicMap.getDomAttribute("data-view")));
		waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#feedback-map .feedback-pin")));

		// The citizen rates it.
		logIn(citizen, Fixtures.PASSWORD);
		open("/my/feedback/" + code);
		click(browser.findElement(By.id("rating-4")));
		clickAndWait(By.id("do-RATE"));
		assertThat(text(By.cssSelector(".alert-success"))).contains(code);
		assertThat(browser.findElements(By.id("rate-form"))).isEmpty();
		open("/feedback/" + code);
		assertThat(text(By.id("report-rating"))).contains("4/5");
	}

	@Test
	void beforeSendingACitizenIsShownTheOpenReportNearbyAndFollowsItInstead() throws Exception {
		String existing = com.jayway.jsonpath.JsonPath.read(mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/feedback/reports")
						.param("category", category).param("description", "Cây gãy cành đè lên dây điện")
						.param("lat", String.valueOf(commune.lat())).param("lon", String.valueOf(commune.lon()))
						.with(Fixtures.as(fixtures.citizen()))).andReturn().getResponse().getContentAsString(), "$.code");
		logIn(citizen, Fixtures.PASSWORD);
		open("/feedback/new?lat=" + commune.lat() + "&lon=" + commune.lon() + "&zoom=17");
		WebElement map = browser.findElement(By.id("pick-map"));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", map);
		new Actions(browser).moveToElement(map, 10, 5).click().perform();
		waiting.until(d -> "true".equals(map.getDomAttribute("data-pinned")));
		// Nothing is suggested until the category is chosen too.
		assertThat(browser.findElement(By.id("nearby")).isDisplayed()).isFalse();
		choose(By.id("category"), category);
		WebElement follow = waiting.until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("#nearby button.follow-nearby[data-code='" + existing + "']")));
		assertThat(text(By.id("nearby"))).contains(existing).contains("Cây gãy cành đè lên dây điện");
		click(follow);
		waiting.until(ExpectedConditions.textToBePresentInElement(follow, "Đang theo dõi"));
		assertThat(jdbc.sql("""
				select count(*) from feedback_follower f join feedback_report r on r.id = f.report_id
				join account a on a.id = f.account_id where r.code = ? and a.username = ?""")
				.params(existing, citizen).query(Integer.class).single()).isEqualTo(1);
	}
}

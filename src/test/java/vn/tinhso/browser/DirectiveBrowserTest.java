package vn.tinhso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.support.Fixtures;

/** A leader records a directive in a real browser, from the documents page, and finds it in the list. */
class DirectiveBrowserTest extends BrowserTest {

	@Test
	void aLeaderRecordsADirectiveAndSeesItListed() {
		LocalDate today = LocalDate.now(ProvinceTime.ZONE);
		String agency = fixtures.department();
		String unit = fixtures.unitUnder(agency);
		String leader = fixtures.official(agency, Role.LEADER);
		String content = "Rà soát, cập nhật danh mục thủ tục hành chính cấp xã";

		logIn(leader, Fixtures.PASSWORD);
		open("/staff/documents");
		clickAndWait(By.id("tab-directives"));
		clickAndWait(By.id("directive-new"));
		type(By.id("content"), content);
		type(By.id("expectedOutput"), "Danh mục đã cập nhật trên Cổng dịch vụ công");
		date(By.id("dueOn"), today.plusDays(14));
		type(By.id("meetingName"), "Họp giao ban Ủy ban nhân dân tỉnh");
		date(By.id("meetingOn"), today);
		choose(By.id("leadUnit"), unit);
		clickAndWait(By.id("save-directive"));

		assertThat(currentPath()).startsWith("/staff/documents/directives/");
		assertThat(text(By.id("directive-content"))).isEqualTo(content);
		assertThat(text(By.id("directive-due"))).isEqualTo(String.format("%02d/%02d/%d", today.plusDays(14).getDayOfMonth(),
				today.plusDays(14).getMonthValue(), today.plusDays(14).getYear()));
		clickAndWait(By.linkText("Theo dõi ý kiến chỉ đạo"));
		assertThat(text(By.id("directive-list"))).contains(content, "Đang thực hiện");
	}

	private void date(By locator, LocalDate value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(locator),
				value.toString());
	}
}

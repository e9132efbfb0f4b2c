package vn.tinhso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.tinhso.directory.Role;
import vn.tinhso.support.Fixtures;

/**
 * A system administrator works through the real pages: creates a commune under a department, creates
 * a specialist there, and the specialist signs in with the one-time password and must change it.
 */
class AdminJourneyBrowserTest extends BrowserTest {

	private static final String NEW_PASSWORD = "Xa@MatKhauMoi2026";

	@Test
	void administratorCreatesACommuneAndASpecialistWhoMustReplaceTheTemporaryPassword() {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		String department = fixtures.department();
		String code = "000.44." + department.substring(7);
		String username = "cv" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

		logIn(admin, Fixtures.PASSWORD);
		assertThat(currentPath()).isEqualTo("/staff");

		// Quản trị → Cơ quan → Thêm cơ quan
		clickAndWait(By.xpath("//header//a[normalize-space()='Quản trị']"));
		clickAndWait(By.xpath("//main//a[contains(@href, '/admin/agencies')]"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Cơ quan, đơn vị");
		clickAndWait(By.id("new-agency"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Thêm cơ quan");
		fillAgencyForm(code, department);
		clickAndWait(By.cssSelector("main form button[type=submit]"));

		assertThat(currentPath()).isEqualTo("/admin/agencies");
		assertThat(text(By.cssSelector("main .alert-success"))).isEqualTo("Đã thêm cơ quan " + code + ".");
		WebElement agencyRow = rowContaining("agency-table", code);
		assertThat(agencyRow.getText()).contains("Ủy ban nhân dân xã Hòa Thử", "UBNDXHT", "Xã", "Hoạt động");
		Map<String, Object> agency = jdbc.sql("""
				select a.name, a.short_name, a.kind, a.active, a.address, a.phone, a.email, p.code as parent,
				       a.path = p.path || a.id || '/' as path_ok
				from agency a join agency p on p.id = a.parent_id where a.code = ?""").param(code).query().singleRow();
		assertThat(agency).containsEntry("name", "Ủy ban nhân dân xã Hòa Thử").containsEntry("short_name", "UBND xã Hòa Thử")
				.containsEntry("kind", "COMMUNE").containsEntry("active", true).containsEntry("parent", department)
				.containsEntry("address", "Thôn Đông, xã Hòa Thử").containsEntry("phone", "0222 3811 222")
				.containsEntry("email", "xahoathu@test.gov.vn").containsEntry("path_ok", true);
		assertThat(audit("agency.create", code)).containsExactly(admin);

		// Quản trị → Cán bộ → Thêm cán bộ
		clickAndWait(By.xpath("//header//a[normalize-space()='Quản trị']"));
		clickAndWait(By.xpath("//main//a[contains(@href, '/admin/officials')]"));
		clickAndWait(By.id("new-official"));
		type(By.id("username"), username);
		type(By.id("fullName"), "Nguyễn Thị Thử");
		type(By.id("email"), username + "@test.gov.vn");
		type(By.id("phone"), "0912345678");
		type(By.id("position"), "Chuyên viên địa chính");
		type(By.id("agencyCode"), code);
		click(browser.findElement(By.id("role-SPECIALIST")));
		assertThat(browser.findElement(By.id("role-SPECIALIST")).isSelected()).isTrue();
		clickAndWait(By.cssSelector("main form button[type=submit]"));

		assertThat(currentPath()).isEqualTo("/admin/officials");
		assertThat(text(By.cssSelector("main .alert-success"))).isEqualTo("Đã thêm cán bộ " + username + ".");
		WebElement officialRow = rowContaining("official-table", username);
		assertThat(officialRow.getText()).contains("Nguyễn Thị Thử", "Ủy ban nhân dân xã Hòa Thử", "Hoạt động");
		assertThat(officialRow.findElements(By.cssSelector(".badge-role"))).extracting(WebElement::getText)
				.containsExactly("Chuyên viên");
		String temporaryPassword = text(By.id("temporary-password"));
		assertThat(temporaryPassword).startsWith("Tm-").hasSizeGreaterThanOrEqualTo(10);
		assertThat(jdbc.sql("""
				select ag.code || ' ' || r.role from account a join official_role r on r.account_id = a.id
				join agency ag on ag.id = r.agency_id where a.username = ?""").param(username).query(String.class).list())
				.containsExactly(code + " SPECIALIST");
		assertThat(mustChangePassword(username)).isTrue();
		assertThat(audit("official.create", username)).containsExactly(admin);

		// The temporary password is shown once only.
		open("/admin/officials?q=" + username);
		assertThat(browser.findElements(By.id("temporary-password"))).isEmpty();

		logOut();
		assertThat(currentPath()).isEqualTo("/");
		assertThat(browser.findElements(By.xpath("//header//button[normalize-space()='Đăng xuất']"))).isEmpty();

		// The new official signs in and can do nothing before replacing the temporary password.
		logIn(username, temporaryPassword);
		assertThat(currentPath()).isEqualTo("/account/password");
		assertThat(text(By.cssSelector("main .alert-warning")))
				.isEqualTo("Bạn đang dùng mật khẩu tạm. Hãy đặt mật khẩu mới để tiếp tục.");
		open("/staff");
		assertThat(currentPath()).isEqualTo("/account/password");

		type(By.id("currentPassword"), temporaryPassword);
		type(By.id("newPassword"), NEW_PASSWORD);
		type(By.id("confirmation"), NEW_PASSWORD);
		clickAndWait(By.cssSelector("main form button[type=submit]"));

		assertThat(currentPath()).isEqualTo("/account");
		assertThat(text(By.cssSelector("main .alert-success")))
				.isEqualTo("Đã đổi mật khẩu. Các phiên đăng nhập khác đã bị kết thúc.");
		assertThat(definition("Tên đăng nhập")).isEqualTo(username);
		assertThat(definition("Họ và tên")).isEqualTo("Nguyễn Thị Thử");
		assertThat(text(By.cssSelector("main ul"))).contains("Chuyên viên — Ủy ban nhân dân xã Hòa Thử");
		assertThat(mustChangePassword(username)).isFalse();
		open("/staff");
		assertThat(currentPath()).isEqualTo("/staff");

		// The temporary password no longer works; the new one does, without the detour.
		logOut();
		logIn(username, temporaryPassword);
		assertThat(currentPath()).isEqualTo("/login");
		assertThat(text(By.id("login-error"))).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		logIn(username, NEW_PASSWORD);
		assertThat(currentPath()).isEqualTo("/staff");
	}

	@Test
	void malformedAgencyCodeReshowsTheFormWithTheErrorOnTheCodeFieldAndSavesNothing() {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		String department = fixtures.department();
		logIn(admin, Fixtures.PASSWORD);
		open("/admin/agencies/new");
		fillAgencyForm("00.44.1.H99", department);
		clickAndWait(By.cssSelector("main form button[type=submit]"));

		assertThat(text(By.tagName("h1"))).isEqualTo("Thêm cơ quan");
		WebElement codeField = browser.findElement(By.id("code"));
		assertThat(codeField.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(codeField.getAttribute("class")).contains("is-invalid");
		assertThat(codeField.getAttribute("aria-describedby")).contains("code-error");
		assertThat(text(By.id("code-error")))
				.isEqualTo("Mã định danh \"00.44.1.H99\" không đúng dạng xxx.yy.zz.Lnn (ví dụ 000.00.07.H27).");
		// Only the code is wrong; everything typed is kept for correction.
		assertThat(browser.findElements(By.cssSelector("main [aria-invalid='true']"))).hasSize(1);
		assertThat(codeField.getAttribute("value")).isEqualTo("00.44.1.H99");
		assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Ủy ban nhân dân xã Hòa Thử");
		assertThat(browser.findElement(By.id("parentCode")).getAttribute("value")).isEqualTo(department);
		assertThat(browser.findElement(By.cssSelector("#kind option:checked")).getAttribute("value")).isEqualTo("COMMUNE");
		assertThat(jdbc.sql("select count(*) from agency where parent_id = ?").param(fixtures.agencyId(department))
				.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'agency.create' and target_id = '00.44.1.H99'")
				.query(Integer.class).single()).isZero();
	}

	private void fillAgencyForm(String code, String parentCode) {
		type(By.id("code"), code);
		type(By.id("name"), "Ủy ban nhân dân xã Hòa Thử");
		type(By.id("shortName"), "UBND xã Hòa Thử");
		type(By.id("abbreviation"), "UBNDXHT");
		choose(By.id("kind"), "COMMUNE");
		type(By.id("parentCode"), parentCode);
		type(By.id("address"), "Thôn Đông, xã Hòa Thử");
		type(By.id("phone"), "0222 3811 222");
		type(By.id("email"), "xahoathu@test.gov.vn");
	}

	private WebElement rowContaining(String tableId, String text) {
		List<WebElement> rows = browser.findElements(
				By.xpath("//table[@id='" + tableId + "']/tbody/tr[.//code[normalize-space()='" + text + "']]"));
		assertThat(rows).as("rows of #%s showing %s", tableId, text).hasSize(1);
		return rows.get(0);
	}

	/** The value next to a label in the account page's definition list. */
	private String definition(String term) {
		return text(By.xpath("//main//dt[normalize-space()='" + term + "']/following-sibling::dd[1]"));
	}

	private boolean mustChangePassword(String username) {
		return jdbc.sql("select must_change_password from account where username = ?").param(username)
				.query(Boolean.class).single();
	}

	private List<String> audit(String action, String target) {
		return jdbc.sql("select actor_name from audit_event where action = ? and target_id = ?").params(action, target)
				.query(String.class).list();
	}
}

package vn.tinhso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.support.Fixtures;
import vn.tinhso.support.SigningFixtures;

/** Official documents in a real browser: an incoming one handled to completion, an outgoing one issued and delivered. */
class DocumentJourneyBrowserTest extends BrowserTest {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

	// One department for the class: the test run has few department codes (000.00.zz.H99) to share.
	private static String agency;
	private static String clerk;
	private static String leader;
	private static String specialist;
	private Path pdf;
	private Path draft;

	@Autowired
	SigningFixtures signingKeys;

	@BeforeEach
	void agencyWithStaff() throws IOException {
		if (agency == null) {
			agency = fixtures.department();
			clerk = fixtures.official(agency, Role.CLERK);
			leader = fixtures.official(agency, Role.LEADER);
			specialist = fixtures.official(agency, Role.SPECIALIST);
			signingKeys.leaderKey(leader);
			signingKeys.sealKey(agency);
		}
		pdf = Files.write(Files.createTempFile("van-ban", ".pdf"), PDF);
		draft = Files.write(Files.createTempFile("du-thao", ".pdf"), SigningFixtures.pdf("Quy chế quản lý văn bản điện tử"));
	}

	@AfterEach
	void removeFile() throws IOException {
		Files.deleteIfExists(pdf);
		Files.deleteIfExists(draft);
	}

	/** Sets a date input the way a date picker would (typing depends on the browser's locale). */
	private void date(By locator, LocalDate value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(locator),
				value.toString());
	}

	private void openFromList(String user, String query, String subject) {
		logIn(user, Fixtures.PASSWORD);
		open("/staff/documents" + query);
		clickAndWait(By.linkText(subject));
	}

	@Test
	void aClerkRegistersAnIncomingDocumentWhichTheLeaderAssignsAndTheSpecialistCompletes() {
		String subject = "V/v triển khai nền tảng số dùng chung cấp xã";
		logIn(clerk, Fixtures.PASSWORD);
		open("/staff/documents");
		clickAndWait(By.id("register-new"));
		choose(By.id("typeCode"), "CV");
		type(By.id("notation"), "345/SKHCN-CĐS");
		type(By.id("subject"), subject);
		type(By.id("issuerName"), "Sở Khoa học và Công nghệ");
		date(By.id("issuedOn"), LocalDate.now(ProvinceTime.ZONE).minusDays(1));
		date(By.id("dueOn"), LocalDate.now(ProvinceTime.ZONE).plusDays(10));
		choose(By.id("urgency"), "KHAN");
		browser.findElement(By.id("file")).sendKeys(pdf.toString());
		clickAndWait(By.id("register"));
		assertThat(text(By.cssSelector(".alert-success"))).matches("Đã vào sổ văn bản đến, số đến \\d+\\.");
		assertThat(text(By.id("document-status"))).isEqualTo("Chờ phân công");
		assertThat(text(By.id("document-notation"))).isEqualTo("345/SKHCN-CĐS");
		logOut();

		openFromList(leader, "", subject);
		type(By.id("assign-user-0"), specialist);
		type(By.id("assign-note-0"), "Đồng chí chủ trì tham mưu, báo cáo kết quả.");
		clickAndWait(By.id("do-assign"));
		assertThat(text(By.cssSelector(".alert-success"))).contains("345/SKHCN-CĐS");
		assertThat(text(By.id("document-status"))).isEqualTo("Đang xử lý");
		assertThat(text(By.id("assignments-table"))).contains("Chủ trì").contains("Cán bộ " + specialist);
		logOut();

		openFromList(specialist, "?q=nen+tang+so", subject);
		type(By.id("progress-note"), "Đã làm việc với Ủy ban nhân dân các xã.");
		clickAndWait(By.id("do-progress"));
		assertThat(text(By.cssSelector(".alert-success"))).startsWith("Đã ghi nhận tiến độ");
		type(By.id("complete-note"), "Đã triển khai xong, báo cáo lãnh đạo.");
		clickAndWait(By.id("do-complete"));
		assertThat(text(By.id("document-status"))).isEqualTo("Hoàn thành");
		assertThat(browser.findElements(By.id("complete-form"))).isEmpty();
		assertThat(text(By.id("history-table"))).contains("Vào sổ văn bản đến", "Phân công xử lý",
				"Đã làm việc với Ủy ban nhân dân các xã.", "Hoàn thành xử lý", "Đã triển khai xong");
		String href = browser.findElement(By.cssSelector("#document-files a")).getAttribute("href");
		Object firstBytes = ((JavascriptExecutor) browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then(r => r.text()).then(t => done(t.substring(0, 8)));", href);
		assertThat(firstBytes).isEqualTo("%PDF-1.4");
	}

	@Test
	void aDraftIsApprovedIssuedWithItsNumberAndArrivesAtTheRecipientAgency() {
		String recipient = fixtures.department();
		String recipientClerk = fixtures.official(recipient, Role.CLERK);
		String abbreviation = jdbc.sql("select abbreviation from agency where code = ?").param(agency)
				.query(String.class).single();
		String subject = "Quyết định ban hành Quy chế quản lý văn bản điện tử";

		logIn(specialist, Fixtures.PASSWORD);
		open("/staff/documents?direction=OUT");
		clickAndWait(By.id("draft-new"));
		choose(By.id("typeCode"), "QD");
		type(By.id("subject"), subject);
		new Select(browser.findElement(By.id("recipients"))).selectByValue(recipient);
		browser.findElement(By.id("file")).sendKeys(draft.toString());
		clickAndWait(By.id("save-draft"));
		assertThat(text(By.id("document-status"))).isEqualTo("Dự thảo");
		choose(By.id("route-signer"), leader);
		clickAndWait(By.id("do-submit"));
		assertThat(text(By.id("document-status"))).isEqualTo("Đang trình duyệt");
		String page = currentPath();
		logOut();

		logIn(leader, Fixtures.PASSWORD);
		open(page);
		type(By.id("review-comment"), "Đồng ý ban hành.");
		clickAndWait(By.id("do-approve"));
		assertThat(text(By.id("document-status"))).isEqualTo("Đã duyệt, chờ ban hành");
		assertThat(text(By.id("reviews-table"))).contains("Đồng ý ban hành.");
		// Approving signed it: the signed copy is the draft's next revision.
		assertThat(text(By.id("document-files"))).contains("-da-ky.pdf", "Dự thảo, bản 2");
		logOut();

		openFromList(clerk, "?direction=OUT", subject);
		clickAndWait(By.id("do-issue"));
		assertThat(text(By.id("document-notation"))).isEqualTo("01/QĐ-" + abbreviation);
		assertThat(text(By.id("document-status"))).isEqualTo("Đã ban hành");
		assertThat(text(By.id("recipients-table"))).contains("Đã đến");
		logOut();

		logIn(recipientClerk, Fixtures.PASSWORD);
		open("/staff/documents");
		assertThat(text(By.id("documents-table"))).contains("01/QĐ-" + abbreviation);
		clickAndWait(By.linkText(subject));
		assertThat(text(By.id("document-notation"))).isEqualTo("01/QĐ-" + abbreviation);
		assertThat(text(By.id("document-status"))).isEqualTo("Chờ phân công");
		assertThat(text(By.id("document-details"))).contains("Liên thông trong tỉnh");
		// It arrived with the leader's signature and the agency's seal, both verified on arrival.
		String agencyName = jdbc.sql("select name from agency where code = ?").param(agency).query(String.class).single();
		assertThat(text(By.cssSelector("#document-files .signature-outcome"))).isEqualTo("✓ Chữ ký số hợp lệ");
		List<String> lines = browser.findElements(By.cssSelector("#document-files .signature-line")).stream()
				.map(WebElement::getText).toList();
		assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("✓ Hợp lệ:"));
		assertThat(lines.get(0)).contains("Cán bộ " + leader);
		assertThat(lines.get(1)).contains(agencyName).containsPattern("ký lúc \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
		assertThat(browser.findElements(By.id("signature-warning"))).isEmpty();
	}
}

package vn.tinhso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import vn.tinhso.directory.Role;
import vn.tinhso.support.Fixtures;

/** The one-stop journey in a real browser, from the citizen's application to the downloaded result. */
class DossierJourneyBrowserTest extends BrowserTest {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

	private String department;
	private String procedure;
	private String citizen;
	private String oneStop;
	private String specialist;
	private String leader;
	private Path form;
	private Path result;

	@BeforeEach
	void province() throws IOException {
		department = fixtures.department();
		procedure = fixtures.procedure(department);
		citizen = fixtures.citizen();
		oneStop = fixtures.official(department, Role.ONE_STOP_OFFICER);
		specialist = fixtures.official(department, Role.SPECIALIST);
		leader = fixtures.official(department, Role.LEADER);
		form = Files.write(Files.createTempFile("to-khai", ".pdf"), PDF);
		result = Files.write(Files.createTempFile("ket-qua", ".pdf"), PDF);
	}

	@AfterEach
	void removeFiles() throws IOException {
		Files.deleteIfExists(form);
		Files.deleteIfExists(result);
	}

	private String applyOnline() {
		logIn(citizen, Fixtures.PASSWORD);
		open("/procedures/" + procedure);
		clickAndWait(By.id("apply-online"));
		choose(By.id("agencyCode"), department);
		browser.findElement(By.id("component-TP1")).sendKeys(form.toString());
		click(browser.findElement(By.id("declared")));
		clickAndWait(By.id("submit-dossier"));
		assertThat(text(By.cssSelector(".alert-success"))).startsWith("Đã nộp hồ sơ");
		assertThat(text(By.id("dossier-status"))).isEqualTo("Mới nộp, chờ tiếp nhận");
		String code = text(By.id("dossier-code"));
		logOut();
		return code;
	}

	/** Signs in, opens the dossier from the inbox and takes one action. */
	private void actAs(String user, String code, String action) {
		logIn(user, Fixtures.PASSWORD);
		open("/staff/dossiers");
		clickAndWait(By.linkText(code));
		clickAndWait(By.id("do-" + action));
		assertThat(text(By.cssSelector(".alert-success"))).contains(code);
	}

	@Test
	void aCitizenAppliesOnlineAndDownloadsTheResultAfterTheAgencyHasProcessedIt() {
		String code = applyOnline();

		actAs(oneStop, code, "RECEIVE");
		assertThat(text(By.id("dossier-status"))).isEqualTo("Đã tiếp nhận");
		assertThat(text(By.id("dossier-due"))).isNotEqualTo("—");
		clickAndWait(By.id("do-HAND_OVER"));
		logOut();

		actAs(specialist, code, "HAND_OVER");
		logOut();
		actAs(leader, code, "APPROVE");
		assertThat(text(By.id("dossier-status"))).isEqualTo("Đã xử lý xong, chờ trả kết quả");
		logOut();

		logIn(oneStop, Fixtures.PASSWORD);
		open("/staff/dossiers/" + code);
		browser.findElement(By.id("files-RETURN_RESULT")).sendKeys(result.toString());
		clickAndWait(By.id("do-RETURN_RESULT"));
		assertThat(text(By.id("dossier-status"))).isEqualTo("Đã trả kết quả");
		logOut();

		logIn(citizen, Fixtures.PASSWORD);
		open("/my/dossiers");
		clickAndWait(By.partialLinkText("Thủ tục thử nghiệm"));
		assertThat(text(By.id("dossier-status"))).isEqualTo("Đã trả kết quả");
		String href = browser.findElement(By.xpath("//ul[@id='dossier-files']/li[contains(., 'kết quả')]/a")).getAttribute("href");
		Object firstBytes = ((JavascriptExecutor) browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then(r => r.text()).then(t => done(t.substring(0, 8)));", href);
		assertThat(firstBytes).isEqualTo("%PDF-1.4");
		open("/lookup/" + code);
		assertThat(text(By.id("lookup-status"))).isEqualTo("Đã trả kết quả");
	}

	@Test
	void theCitizenSupplementsWhatTheSpecialistAskedFor() {
		String code = applyOnline();
		actAs(oneStop, code, "RECEIVE");
		clickAndWait(By.id("do-HAND_OVER"));
		logOut();

		logIn(specialist, Fixtures.PASSWORD);
		open("/staff/dossiers/" + code);
		type(By.id("note-REQUEST_SUPPLEMENT"), "Bổ sung bản sao căn cước");
		clickAndWait(By.id("do-REQUEST_SUPPLEMENT"));
		assertThat(text(By.id("dossier-status"))).isEqualTo("Yêu cầu bổ sung");
		logOut();

		logIn(citizen, Fixtures.PASSWORD);
		open("/my/dossiers/" + code);
		assertThat(text(By.id("history-table"))).contains("Bổ sung bản sao căn cước");
		browser.findElement(By.id("files-SUPPLEMENT")).sendKeys(form.toString());
		clickAndWait(By.id("do-SUPPLEMENT"));
		assertThat(text(By.id("dossier-status"))).isEqualTo("Đang xử lý");
		assertThat(text(By.id("dossier-files"))).contains("bổ sung");
	}
}

package vn.tinhso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.directory.Role;
import vn.tinhso.signing.PdfSigning;
import vn.tinhso.signing.SignaturePlace;
import vn.tinhso.signing.keys.DemoProvisioning;
import vn.tinhso.signing.keys.KeyOwner;
import vn.tinhso.support.Fixtures;

/**
 * The signature verification page and the signing-key administration page in the real browser:
 * upload a signed PDF, read the result on a phone-sized screen, and meet WCAG 2.1 AA (axe-core).
 */
class SigningPagesBrowserTest extends BrowserTest {

	@Autowired
	PdfSigning signing;

	@Autowired
	DemoProvisioning demo;

	/** One department for the class: the test fixtures have only 99 department codes for the whole run. */
	private static String department;

	private String department() {
		if (department == null) {
			department = fixtures.department();
		}
		return department;
	}

	@Test
	void verifyingASignedPdfOnAPhone() throws Exception {
		Path signed = signedFile();
		Dimension desktop = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(375, 800));
			logIn(fixtures.citizen(), Fixtures.PASSWORD);
			open("/signatures/verify");
			List<String> found = new ArrayList<>(axe("/signatures/verify"));
			browser.findElement(By.id("file")).sendKeys(signed.toString());
			clickAndWait(By.id("verify-submit"));

			assertThat(browser.findElement(By.id("verification-summary")).getText())
					.isEqualTo("Cả 2 chữ ký đều hợp lệ và bao trùm toàn bộ tệp.");
			assertThat(browser.findElements(By.cssSelector("#verification-result table"))).hasSize(2);
			found.addAll(axe("/signatures/verify (result)"));
			assertFitsWidth("/signatures/verify (result)");
			assertThat(found).isEmpty();
		}
		finally {
			browser.manage().window().setSize(desktop);
			Files.deleteIfExists(signed);
		}
	}

	@Test
	void theKeyAdministrationPageIsAccessible() {
		String agency = fixtures.unitUnder(department());
		fixtures.official(agency, Role.LEADER);
		logIn(fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN), Fixtures.PASSWORD);
		List<String> found = new ArrayList<>();
		for (String page : List.of("/admin/signing", "/admin/signing?agency=" + agency)) {
			open(page);
			found.addAll(axe(page));
		}
		assertThat(browser.findElements(By.cssSelector("main table tbody tr"))).isNotEmpty();
		assertThat(found).isEmpty();
	}

	private Path signedFile() throws IOException {
		String agency = department();
		long leader = jdbc.sql("select id from account where username = ?")
				.param(fixtures.official(agency, Role.LEADER)).query(Long.class).single();
		demo.provision(KeyOwner.official(leader));
		demo.provision(KeyOwner.agency(agency));
		byte[] pdf;
		try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
			var out = new java.io.ByteArrayOutputStream();
			document.save(out);
			pdf = out.toByteArray();
		}
		byte[] signed = signing.sealAsAgency(agency,
				signing.signAsOfficial(leader, pdf, SignaturePlace.defaultBlock(), "CHỦ TỊCH"), SignaturePlace.defaultBlock());
		Path file = Files.createTempFile("da-ky", ".pdf");
		Files.write(file, signed);
		return file;
	}

	@SuppressWarnings("unchecked")
	private List<String> axe(String page) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			js.executeScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
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

	@SuppressWarnings("unchecked")
	private void assertFitsWidth(String page) {
		Map<String, Object> size = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
				"return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}");
		assertThat(((Number) size.get("scroll")).intValue()).as(page)
				.isLessThanOrEqualTo(((Number) size.get("client")).intValue());
	}
}

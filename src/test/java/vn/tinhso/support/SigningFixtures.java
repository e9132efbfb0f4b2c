package vn.tinhso.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.signing.keys.DemoProvisioning;
import vn.tinhso.signing.keys.KeyOwner;

/**
 * Signing keys and signable PDFs for tests of documents that get signed. Keys come from the demo
 * certificate authority through the same provisioning the application runs on first use when
 * {@code tinhso.signing.demo-certificates} is on (tests keep it off, so that "no key" can be tested).
 */
@Component
public class SigningFixtures {

	private final DemoProvisioning demo;
	private final JdbcClient jdbc;

	SigningFixtures(DemoProvisioning demo, JdbcClient jdbc) {
		this.demo = demo;
		this.jdbc = jdbc;
	}

	/** A personal certificate and signature image for a leader (by username). */
	public void leaderKey(String username) {
		long account = jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
		if (!demo.provision(KeyOwner.official(account))) {
			throw new IllegalStateException(username + " is not a leader: no demo key for them");
		}
	}

	/** An organisation certificate and red seal image for an agency with a leader. */
	public void sealKey(String agencyCode) {
		if (!demo.provision(KeyOwner.agency(agencyCode))) {
			throw new IllegalStateException(agencyCode + " has no leader: no demo seal for it");
		}
	}

	/** A one-page A4 PDF with the text (Vietnamese included), room for the signature block at the bottom right. */
	public static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument();
				InputStream font = SigningFixtures.class.getResourceAsStream("/fonts/DejaVuSans.ttf");
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType0Font dejavu = PDType0Font.load(document, font, true);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(dejavu, 13);
				content.newLineAtOffset(72, 760);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

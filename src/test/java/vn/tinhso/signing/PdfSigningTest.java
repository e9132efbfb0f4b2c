package vn.tinhso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.Role;
import vn.tinhso.platform.DomainException;
import vn.tinhso.signing.keys.DemoProvisioning;
import vn.tinhso.signing.keys.KeyOwner;
import vn.tinhso.support.IntegrationTest;

/** A leader signs, the agency seals, and the module (and tools that are not DSS) check the result. */
class PdfSigningTest extends IntegrationTest {

	@Autowired
	PdfSigning signing;

	@Autowired
	PdfVerification verification;

	@Autowired
	DemoProvisioning demo;

	@Autowired
	AgencyDirectory agencies;

	/** One agency for the class: the shared test context has only 99 department codes for every test. */
	private static String agency;
	private static long leader;

	@BeforeEach
	void aLeaderAndTheAgencyWithDemoCertificates() {
		if (agency == null) {
			agency = fixtures.department();
			leader = accountId(fixtures.official(agency, Role.LEADER));
			assertThat(demo.provision(KeyOwner.official(leader))).isTrue();
			assertThat(demo.provision(KeyOwner.agency(agency))).isTrue();
		}
	}

	@Test
	void aSignedAndSealedDocumentVerifiesWithTwoIntactTrustedSignatures() throws Exception {
		OffsetDateTime before = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		byte[] signed = signedAndSealed();

		VerificationReport report = verification.verify(signed);

		assertThat(report.signed()).isTrue();
		assertThat(report.signatures()).hasSize(2);
		assertThat(report.allValid()).isTrue();
		for (SignatureCheck check : report.signatures()) {
			assertThat(check.intact()).isTrue();
			assertThat(check.trusted()).isTrue();
			assertThat(check.level()).isEqualTo("PAdES-BASELINE-B");
			assertThat(check.revocation()).isEqualTo("GOOD");
			assertThat(check.coversWholeDocument()).isTrue();
			assertThat(check.indication()).isEqualTo("TOTAL_PASSED");
			assertThat(check.timestampTime()).isNull();
			assertThat(check.signingTime()).isBetween(before, OffsetDateTime.now());
		}
		String agencyName = agencies.findByCode(agency).orElseThrow().name();
		assertThat(report.signatures().get(0).signerName()).startsWith("Cán bộ tester");
		assertThat(report.signatures().get(0).signerOrganisation()).isEqualTo(agencyName);
		assertThat(report.signatures().get(1).signerName()).isEqualTo(agencyName);
	}

	@Test
	void eachSignatureVerifiesWithoutDss() throws Exception {
		byte[] signed = signedAndSealed();
		try (PDDocument document = Loader.loadPDF(signed)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			assertThat(signatures).hasSize(2);
			for (PDSignature signature : signatures) {
				int[] range = signature.getByteRange();
				byte[] covered = signature.getSignedContent(signed);
				assertThat(covered).hasSize(range[1] + range[3]);
				assertThat(Arrays.copyOfRange(signed, range[0], range[0] + range[1]))
						.isEqualTo(Arrays.copyOfRange(covered, 0, range[1]));

				CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(covered), signature.getContents(signed));
				SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
				@SuppressWarnings("unchecked")
				var matches = cms.getCertificates().getMatches(signer.getSID());
				X509CertificateHolder certificate = (X509CertificateHolder) matches.iterator().next();
				assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();

				Attribute digest = signer.getSignedAttributes().get(CMSAttributes.messageDigest);
				byte[] signedDigest = ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0)).getOctets();
				assertThat(signedDigest).isEqualTo(TestPdfs.sha256(covered));
			}
		}
		Path pdfsig = Path.of("/usr/bin/pdfsig");
		if (Files.isExecutable(pdfsig)) {
			Path file = Files.createTempFile("signed", ".pdf");
			Files.write(file, signed);
			Process process = new ProcessBuilder(pdfsig.toString(), "-nocert", file.toString()).redirectErrorStream(true).start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			Files.delete(file);
			assertThat(output.split("Signature is Valid", -1)).as(output).hasSize(3);
		}
	}

	@Test
	void aByteChangedInsideTheSignedRangeBreaksIntegrity() throws Exception {
		byte[] signed = signedAndSealed();
		int at = TestPdfs.indexOf(signed, TestPdfs.MARKER);
		assertThat(at).isPositive();
		signed[at] = 'X';

		VerificationReport report = verification.verify(signed);

		assertThat(report.signatures()).isNotEmpty().allSatisfy(check -> {
			assertThat(check.intact()).isFalse();
			assertThat(check.indication()).isNotEqualTo("TOTAL_PASSED");
		});
		assertThat(report.allValid()).isFalse();
	}

	@Test
	void aPageAddedAfterSigningIsReported() throws Exception {
		byte[] signed = signedAndSealed();
		byte[] appended;
		try (PDDocument document = Loader.loadPDF(signed)) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			document.getPages().getCOSObject().setNeedToBeUpdated(true);
			document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.saveIncremental(out);
			appended = out.toByteArray();
		}
		assertThat(Arrays.copyOf(appended, signed.length)).isEqualTo(signed);

		VerificationReport report = verification.verify(appended);

		assertThat(report.signatures()).hasSize(2).allSatisfy(check -> {
			assertThat(check.intact()).isTrue();
			assertThat(check.coversWholeDocument()).isFalse();
		});
		assertThat(report.allValid()).isFalse();
	}

	@Test
	void textAddedToAPageAfterSigningIsReported() throws Exception {
		byte[] signed = signedAndSealed();
		byte[] appended;
		try (PDDocument document = Loader.loadPDF(signed)) {
			PDPage first = document.getPage(0);
			try (PDPageContentStream out = new PDPageContentStream(document, first, PDPageContentStream.AppendMode.APPEND, false)) {
				out.beginText();
				out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 30);
				out.newLineAtOffset(100, 400);
				out.showText("ADDED AFTER SIGNING");
				out.endText();
			}
			first.getCOSObject().setNeedToBeUpdated(true);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.saveIncremental(out);
			appended = out.toByteArray();
		}

		VerificationReport report = verification.verify(appended);

		assertThat(report.signatures()).hasSize(2).allSatisfy(check -> assertThat(check.coversWholeDocument()).isFalse());
		assertThat(report.allValid()).isFalse();
	}

	@Test
	void theBlockShowsTheSignatureAndTheRedSealOverItsLeftThird() throws Exception {
		SignaturePlace place = SignaturePlace.defaultBlock();
		byte[] pdf = TestPdfs.document("Quyết định");
		byte[] signedOnly = signing.signAsOfficial(leader, pdf, place, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
		byte[] sealed = signing.sealAsAgency(agency, signedOnly, place);
		int last = TestPdfs.lastPage(sealed);
		float scale = 2; // 144 dpi
		BufferedImage page = TestPdfs.render(sealed, last, 72 * scale);
		BufferedImage unsealed = TestPdfs.render(signedOnly, last, 72 * scale);
		BufferedImage blank = TestPdfs.render(pdf, last, 72 * scale);

		// The image box of the default block: 195 x 78 pt centred in the middle band (see BlockLayout).
		float imageX = place.x() + (place.width() - 195) / 2;
		float imageY = place.y() + place.height() * 0.16f;
		int[] leftThird = pixels(page, scale, imageX, imageY, 195 / 3f, 78);
		int[] wholeBlock = pixels(page, scale, place.x(), place.y(), place.width(), place.height());

		assertThat(count(blank, wholeBlock, PdfSigningTest::dark)).isZero();
		assertThat(count(unsealed, wholeBlock, PdfSigningTest::dark)).as("title, signature, name").isGreaterThan(500);
		assertThat(count(unsealed, leftThird, PdfSigningTest::red)).isZero();
		assertThat(count(page, leftThird, PdfSigningTest::red)).as("seal over the left third").isGreaterThan(200);
		int[] rightThird = pixels(page, scale, imageX + 2 * 195 / 3f + 4, imageY, 195 / 3f - 4, 78);
		assertThat(count(page, rightThird, PdfSigningTest::red)).as("the seal stops at a third").isZero();
	}

	@Test
	void anAttachmentIsSignedTopRightOfItsFirstPageWithTheAgencyNotationAndTime() throws Exception {
		byte[] signed = signing.signAttachment(agency, TestPdfs.document("Phụ lục"), "15/QĐ-UBND");

		VerificationReport report = verification.verify(signed);
		assertThat(report.signatures()).singleElement().satisfies(check -> {
			assertThat(check.intact()).isTrue();
			assertThat(check.signerName()).isEqualTo(agencies.findByCode(agency).orElseThrow().name());
		});
		try (PDDocument document = Loader.loadPDF(signed)) {
			PDSignatureField field = (PDSignatureField) document.getDocumentCatalog().getAcroForm().getFields().stream()
					.filter(PDSignatureField.class::isInstance).findFirst().orElseThrow();
			PDAnnotationWidget widget = field.getWidgets().get(0);
			PDRectangle rect = widget.getRectangle();
			PDRectangle page = document.getPage(0).getMediaBox();
			assertThat(document.getPage(0).getAnnotations()).contains(widget);
			assertThat(rect.getUpperRightX()).isCloseTo(page.getWidth() - 14, within(1f));
			assertThat(rect.getUpperRightY()).isCloseTo(page.getHeight() - 14, within(1f));
			assertThat(rect.getLowerLeftX()).isGreaterThan(page.getWidth() / 2);

			document.getDocumentCatalog().getAcroForm().flatten(List.<PDField>of(field), false);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String text = stripper.getText(document);
			assertThat(text).contains(agencies.findByCode(agency).orElseThrow().name(), "Số, ký hiệu: 15/QĐ-UBND",
					"Thời gian ký: ");
			assertThat(text).containsPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
		}
	}

	@Test
	void refusalsAreSpecific() throws Exception {
		byte[] pdf = TestPdfs.document("Công văn");
		assertThatThrownBy(() -> signing.signAsOfficial(leader, "not a pdf".getBytes(StandardCharsets.UTF_8),
				SignaturePlace.defaultBlock(), "CHỦ TỊCH"))
				.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("signing.not-a-pdf"));
		assertThatThrownBy(() -> verification.verify("%PDF-1.7 truncated".getBytes(StandardCharsets.US_ASCII)))
				.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("signing.not-a-pdf"));

		long specialist = accountId(fixtures.official(agency, Role.SPECIALIST));
		assertThat(signing.canSign(specialist)).isFalse();
		assertThatThrownBy(() -> signing.signAsOfficial(specialist, pdf, SignaturePlace.defaultBlock(), "CHỦ TỊCH"))
				.isInstanceOfSatisfying(DomainException.class, e -> {
					assertThat(e.code()).isEqualTo("signing.no-key");
					assertThat(e.status().value()).isEqualTo(409);
				});
		String noLeader = fixtures.unitUnder(agency);
		assertThat(signing.canSeal(noLeader)).isFalse();
		assertThatThrownBy(() -> signing.signAttachment(noLeader, pdf, "1/TB-STN"))
				.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("signing.no-key"));
		assertThatThrownBy(() -> signing.sealAsAgency(agency, pdf, SignaturePlace.defaultBlock(), " "))
				.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("signing.notation-required"));
		assertThat(signing.canSign(leader)).isTrue();
		assertThat(signing.canSeal(agency)).isTrue();

		assertThatThrownBy(() -> signing.signAsOfficial(leader, pdf, new SignaturePlace(5, 100, 100, 200, 120), "CHỦ TỊCH"))
				.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("signing.place-outside-page"));
		assertThatThrownBy(() -> signing.signAsOfficial(leader, pdf, new SignaturePlace(0, 500, 100, 200, 120), "CHỦ TỊCH"))
				.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("signing.place-outside-page"));
	}

	@Test
	void anUnsignedPdfGivesAnEmptyReportNotAnError() throws Exception {
		VerificationReport report = verification.verify(TestPdfs.document("Chưa ký"));
		assertThat(report.signed()).isFalse();
		assertThat(report.signatures()).isEmpty();
		assertThat(report.allValid()).isFalse();
	}

	private byte[] signedAndSealed() throws IOException {
		byte[] pdf = TestPdfs.document("Quyết định về việc phê duyệt kế hoạch");
		byte[] signed = signing.signAsOfficial(leader, pdf, SignaturePlace.defaultBlock(), "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
		return signing.sealAsAgency(agency, signed, SignaturePlace.defaultBlock());
	}

	private long accountId(String username) {
		return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	/** The pixel rectangle of a box in PDF points (origin bottom-left) on a page rendered at {@code scale}. */
	private static int[] pixels(BufferedImage page, float scale, float x, float y, float w, float h) {
		int left = Math.round(x * scale);
		int top = Math.round(page.getHeight() - (y + h) * scale);
		return new int[] { left, top, Math.round(w * scale), Math.round(h * scale) };
	}

	private static int count(BufferedImage image, int[] area, java.util.function.IntPredicate test) {
		int n = 0;
		for (int px = area[0]; px < area[0] + area[2]; px++) {
			for (int py = area[1]; py < area[1] + area[3]; py++) {
				if (test.test(image.getRGB(px, py))) {
					n++;
				}
			}
		}
		return n;
	}

	private static boolean dark(int rgb) {
		int r = (rgb >> 16) & 0xff;
		int g = (rgb >> 8) & 0xff;
		int b = rgb & 0xff;
		return r + g + b < 600;
	}

	private static boolean red(int rgb) {
		int r = (rgb >> 16) & 0xff;
		int g = (rgb >> 8) & 0xff;
		int b = rgb & 0xff;
		return r > 150 && g < 110 && b < 110;
	}
}

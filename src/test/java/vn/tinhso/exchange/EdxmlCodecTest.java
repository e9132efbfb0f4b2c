package vn.tinhso.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import vn.tinhso.platform.DomainException;

/** The edXML codec on its own: round trips, signatures and everything hostile or broken it must refuse. */
class EdxmlCodecTest {

	private static final String FROM = "000.00.00.H27";
	private static final String TO = "000.00.21.H27";

	private final EdxmlCodec codec = new EdxmlCodec(30L * 1024 * 1024);

	@Test
	void aPackageReadsBackExactlyAsWrittenWithAValidSignature() {
		EdxmlPackage p = Samples.pkg(FROM, TO);

		byte[] xml = codec.write(p, TestSigners.signer());
		ReadPackage read = codec.read(xml);

		assertThat(read.pkg()).isEqualTo(p);
		assertThat(read.pkg().header()).isEqualTo(p.header());
		assertThat(read.pkg().attachments()).hasSize(2);
		for (int i = 0; i < 2; i++) {
			assertThat(read.pkg().attachments().get(i).content()).isEqualTo(p.attachments().get(i).content());
			assertThat(read.pkg().attachments().get(i).name()).isEqualTo(p.attachments().get(i).name());
		}
		assertThat(read.signature().valid()).isTrue();
		assertThat(read.signature().signerSubject()).contains("CN=Van thu So Thu nghiem");
		String text = new String(xml, UTF_8);
		assertThat(text).contains("xmlns=\"" + EdxmlCodec.NAMESPACE + "\"", "<edXML:MessageHeader>",
				"<edXML:PromulgationDate>2026/11/20</edXML:PromulgationDate>", "<AttachmentEncoded>",
				"Ủy ban nhân dân tỉnh Bắc Ninh", "SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"");
	}

	@Test
	void aHeaderFieldChangedAfterSigningBreaksTheSignature() {
		String xml = new String(codec.write(Samples.pkg(FROM, TO), TestSigners.signer()), UTF_8);

		ReadPackage read = codec.read(xml.replace("<edXML:CodeNumber>15<", "<edXML:CodeNumber>16<").getBytes(UTF_8));

		assertThat(read.pkg().header().code().number()).isEqualTo("16");
		assertThat(read.signature().valid()).isFalse();
		assertThat(read.signature().problem()).contains("does not match");
		assertThat(read.signature().signerSubject()).contains("CN=Van thu So Thu nghiem");
	}

	@Test
	void anAttachmentChangedAfterSigningBreaksTheSignatureToo() {
		String xml = new String(codec.write(Samples.pkg(FROM, TO), TestSigners.signer()), UTF_8);
		String pdf = java.util.Base64.getEncoder().encodeToString(Samples.PDF);
		String other = java.util.Base64.getEncoder().encodeToString("%PDF-1.4\n%%EOF\n".getBytes(UTF_8));

		assertThat(codec.read(xml.replace(pdf, other).getBytes(UTF_8)).signature().valid()).isFalse();
	}

	@Test
	void anUnsignedPackageIsReadButFlagged() {
		String xml = new String(codec.write(Samples.pkg(FROM, TO), TestSigners.signer()), UTF_8);

		ReadPackage read = codec.read(xml.replaceAll("(?s)<ds:Signature .*</ds:Signature>", "").getBytes(UTF_8));

		assertThat(read.signature().valid()).isFalse();
		assertThat(read.signature().problem()).isEqualTo("no signature");
	}

	@Test
	void notXmlIsMalformed() {
		DomainException e = refused(() -> codec.read("<edXML xmlns=\"x\"><unclosed>".getBytes(UTF_8)));
		assertThat(e.code()).isEqualTo("edxml.malformed");
	}

	@Test
	void anExternalEntityIsNeverRead() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE edXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXMLEnvelope><edXMLHeader><MessageHeader>
				<Subject>&xxe;</Subject></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>""";

		DomainException e = refused(() -> codec.read(xxe.getBytes(UTF_8)));

		assertThat(e.code()).isEqualTo("edxml.malformed");
		assertThat(e.getMessage() + Arrays.toString(e.args()) + e.fieldProblems()).doesNotContain("root:");
	}

	@Test
	void entityExpansionIsRefusedBeforeItStarts() {
		String bomb = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
				<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&lol2;</edXML>""";

		assertThat(refused(() -> codec.read(bomb.getBytes(UTF_8))).code()).isEqualTo("edxml.malformed");
	}

	@Test
	void absurdNestingIsRefused() {
		String deep = "<a>".repeat(200) + "</a>".repeat(200);
		String xml = "<edXML xmlns=\"" + EdxmlCodec.NAMESPACE + "\">" + deep + "</edXML>";

		assertThat(refused(() -> codec.read(xml.getBytes(UTF_8))).code()).isEqualTo("edxml.malformed");
	}

	@Test
	void aForeignNamespaceIsRefused() {
		String xml = new String(codec.write(Samples.pkg(FROM, TO), TestSigners.signer()), UTF_8)
				.replace(EdxmlCodec.NAMESPACE, "http://example.com/not-edxml");

		DomainException e = refused(() -> codec.read(xml.getBytes(UTF_8)));

		assertThat(e.code()).isEqualTo("edxml.wrong-namespace");
		assertThat(e.args()).containsExactly("http://example.com/not-edxml");
	}

	@Test
	void aMissingRequiredFieldIsNamedByItsPath() {
		String xml = new String(codec.write(Samples.pkg(FROM, TO), TestSigners.signer()), UTF_8)
				.replaceAll("<edXML:Subject>[^<]*</edXML:Subject>", "");

		DomainException e = refused(() -> codec.read(xml.getBytes(UTF_8)));

		assertThat(e.code()).isEqualTo("edxml.field-missing");
		assertThat(e.fieldProblems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("MessageHeader/Subject"));
	}

	@Test
	void aMissingRecipientIsNamed() {
		String xml = new String(codec.write(Samples.pkg(FROM, TO), TestSigners.signer()), UTF_8)
				.replaceAll("<edXML:To>.*?</edXML:To>", "");

		DomainException e = refused(() -> codec.read(xml.getBytes(UTF_8)));

		assertThat(e.code()).isEqualTo("edxml.field-missing");
		assertThat(e.fieldProblems().get(0).field()).isEqualTo("MessageHeader/To");
	}

	@Test
	void aSubjectOfMoreThan500CharactersIsRefusedOnWritingAndOnReading() {
		String subject500 = "Đ".repeat(500);
		assertThat(codec.read(codec.write(Samples.pkg(FROM, TO, Samples.documentId(FROM), subject500), TestSigners.signer()))
				.pkg().header().subject()).hasSize(500);

		String decomposed = java.text.Normalizer.normalize("ệ", java.text.Normalizer.Form.NFD).repeat(500);
		assertThat(codec.read(codec.write(Samples.pkg(FROM, TO, Samples.documentId(FROM), decomposed), TestSigners.signer()))
				.pkg().header().subject()).isEqualTo(decomposed);

		DomainException onWrite = refused(
				() -> codec.write(Samples.pkg(FROM, TO, Samples.documentId(FROM), subject500 + "x"), TestSigners.signer()));
		String xml = new String(codec.write(Samples.pkg(FROM, TO, Samples.documentId(FROM), subject500), TestSigners.signer()),
				UTF_8).replace(subject500, subject500 + "x");
		DomainException onRead = refused(() -> codec.read(xml.getBytes(UTF_8)));

		for (DomainException e : new DomainException[] { onWrite, onRead }) {
			assertThat(e.code()).isEqualTo("edxml.field-invalid");
			assertThat(e.fieldProblems()).singleElement().satisfies(p -> {
				assertThat(p.field()).isEqualTo("MessageHeader/Subject");
				assertThat(p.code()).isEqualTo("edxml.too-long");
			});
		}
	}

	@Test
	void base64ThatIsNotBase64IsRefused() {
		String pdf = java.util.Base64.getEncoder().encodeToString(Samples.PDF);
		String xml = new String(codec.write(Samples.pkg(FROM, TO), TestSigners.signer()), UTF_8)
				.replace(pdf, pdf.substring(0, 8) + "*%!" + pdf.substring(8));

		DomainException e = refused(() -> codec.read(xml.getBytes(UTF_8)));

		assertThat(e.code()).isEqualTo("edxml.field-invalid");
		assertThat(e.fieldProblems().get(0).field()).isEqualTo("AttachmentEncoded/Attachment[1]/ContentTransferEncoded");
		assertThat(e.fieldProblems().get(0).code()).isEqualTo("edxml.base64");
	}

	@Test
	void aBadAgencyCodeIsRefused() {
		String xml = new String(codec.write(Samples.pkg(FROM, TO), TestSigners.signer()), UTF_8)
				.replace("<edXML:OrganId>" + TO + "<", "<edXML:OrganId>H27.21<");

		DomainException e = refused(() -> codec.read(xml.getBytes(UTF_8)));

		assertThat(e.code()).isEqualTo("edxml.field-invalid");
		assertThat(e.fieldProblems().get(0).field()).isEqualTo("MessageHeader/To[1]/OrganId");
		assertThat(e.fieldProblems().get(0).code()).isEqualTo("edxml.organ-id");
		assertThat(refused(() -> codec.write(Samples.pkg("UBND-BN", TO), TestSigners.signer())).fieldProblems().get(0).field())
				.isEqualTo("MessageHeader/From/OrganId");
	}

	@Test
	void anImpossibleDateIsRefused() {
		String xml = new String(codec.write(Samples.pkg(FROM, TO), TestSigners.signer()), UTF_8)
				.replace(">2026/11/20</edXML:PromulgationDate>", ">2026/02/30</edXML:PromulgationDate>");

		DomainException e = refused(() -> codec.read(xml.getBytes(UTF_8)));

		assertThat(e.code()).isEqualTo("edxml.field-invalid");
		assertThat(e.fieldProblems().get(0).field()).isEqualTo("MessageHeader/PromulgationInfo/PromulgationDate");
		assertThat(e.fieldProblems().get(0).code()).isEqualTo("edxml.date-format");
	}

	@Test
	void aPriorityOutside0To4IsRefused() {
		String xml = new String(codec.write(Samples.pkg(FROM, TO), TestSigners.signer()), UTF_8)
				.replace("<edXML:Priority>1<", "<edXML:Priority>7<");

		DomainException e = refused(() -> codec.read(xml.getBytes(UTF_8)));

		assertThat(e.fieldProblems().get(0).field()).isEqualTo("MessageHeader/OtherInfo/Priority");
	}

	@Test
	void aMessageOverTheSizeLimitIsRefusedUnread() {
		EdxmlCodec small = new EdxmlCodec(2048);

		assertThat(refused(() -> small.read(new byte[2049])).code()).isEqualTo("edxml.too-large");
		assertThat(refused(() -> small.write(Samples.pkg(FROM, TO), TestSigners.signer())).code()).isEqualTo("edxml.too-large");
	}

	@Test
	void aPackageFromAnotherImplementationIsUnderstood() {
		// Day-first dates, an unprefixed envelope, attachment details only in the manifest.
		String xml = """
				<?xml version="1.0" encoding="utf-8"?>
				<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXMLEnvelope><edXMLHeader><MessageHeader>
				<From><OrganId>000.00.00.G22</OrganId><OrganName>Bộ Thông tin và Truyền thông</OrganName></From>
				<To><OrganId>000.00.00.H27</OrganId><OrganName>UBND tỉnh Bắc Ninh</OrganName></To>
				<Code><CodeNumber>120</CodeNumber><CodeNotation>BTTTT-CĐSQG</CodeNotation></Code>
				<PromulgationInfo><Place>Hà Nội</Place><PromulgationDate>01/10/2026</PromulgationDate></PromulgationInfo>
				<DocumentType><Type>18</Type><TypeName>Công văn</TypeName></DocumentType>
				<Subject>Về việc kết nối trục liên thông</Subject><SignerInfo><FullName>Lê Văn A</FullName></SignerInfo>
				<DocumentId>000.00.00.G22,2026/10/01,120/BTTTT-CĐSQG</DocumentId></MessageHeader>
				<TraceHeaderList><TraceHeader><OrganId>000.00.00.G22</OrganId><Timestamp>2026/10/01 08:30:00</Timestamp></TraceHeader></TraceHeaderList>
				</edXMLHeader><edXMLBody><edXMLManifest version="1.0"><Reference><ContentId>cid:a1</ContentId>
				<ContentType>application/pdf</ContentType><AttachmentName>cv120.pdf</AttachmentName></Reference></edXMLManifest></edXMLBody>
				</edXMLEnvelope><AttachmentEncoded><Attachment><ContentId>a1</ContentId>
				<ContentTransferEncoded>JVBERi0x
				LjQK</ContentTransferEncoded></Attachment></AttachmentEncoded></edXML>""";

		ReadPackage read = codec.read(xml.getBytes(UTF_8));

		assertThat(read.pkg().header().promulgation().date()).isEqualTo(java.time.LocalDate.of(2026, 10, 1));
		assertThat(read.pkg().traces().get(0).timestamp()).isEqualTo(java.time.Instant.parse("2026-10-01T01:30:00Z"));
		assertThat(read.pkg().attachments()).singleElement().satisfies(a -> {
			assertThat(a.name()).isEqualTo("cv120.pdf");
			assertThat(a.contentType()).isEqualTo("application/pdf");
			assertThat(new String(a.content(), UTF_8)).isEqualTo("%PDF-1.4\n");
		});
		assertThat(read.signature().valid()).isFalse();
	}

	@Test
	void aStatusMessageReadsBackAsWrittenWithAValidSignature() {
		StatusMessage status = Samples.status(TO, FROM, Samples.documentId(FROM), StatusCode.RECALL_REFUSED);

		byte[] xml = codec.writeStatus(status, TestSigners.signer());
		ReadStatus read = codec.readStatus(xml);

		assertThat(read.status()).isEqualTo(status);
		assertThat(read.signature().valid()).isTrue();
		assertThat(new String(xml, UTF_8)).contains("<edXML:StatusCode>16</edXML:StatusCode>", "<edXML:Status>");
		String changed = new String(xml, UTF_8).replace("<edXML:StatusCode>16<", "<edXML:StatusCode>15<");
		assertThat(codec.readStatus(changed.getBytes(UTF_8)).signature().valid()).isFalse();
	}

	@Test
	void anUnknownStatusCodeIsRefused() {
		String xml = new String(codec.writeStatus(Samples.status(TO, FROM, Samples.documentId(FROM), StatusCode.ARRIVED),
				TestSigners.signer()), UTF_8).replace("<edXML:StatusCode>01<", "<edXML:StatusCode>07<");

		DomainException e = refused(() -> codec.readStatus(xml.getBytes(UTF_8)));

		assertThat(e.code()).isEqualTo("edxml.field-invalid");
		assertThat(e.fieldProblems().get(0).field()).isEqualTo("Status/StatusCode");
	}

	@Test
	void aPackageIsNotAStatus() {
		byte[] pkg = codec.write(Samples.pkg(FROM, TO), TestSigners.signer());

		DomainException e = refused(() -> codec.readStatus(pkg));

		assertThat(e.code()).isEqualTo("edxml.field-missing");
		assertThat(e.fieldProblems().get(0).field()).isEqualTo("Status");
	}

	private static DomainException refused(ThrowingCallable action) {
		DomainException e = catchThrowableOfType(DomainException.class, action);
		assertThat(e).as("refused with a DomainException").isNotNull();
		return e;
	}
}

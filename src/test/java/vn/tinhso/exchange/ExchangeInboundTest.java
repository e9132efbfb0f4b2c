package vn.tinhso.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.ResultActions;

import vn.tinhso.exchange.partner.PartnerAdmin;
import vn.tinhso.exchange.partner.PartnerDraft;
import vn.tinhso.support.IntegrationTest;

/**
 * Another province's system delivers edXML to us: what is accepted, what is refused, and that a refusal
 * stores nothing.
 */
@ExtendWith(PublishedEventsExtension.class)
class ExchangeInboundTest extends IntegrationTest {

	private static final String BAC_NINH = "000.00.00.H27";

	@Autowired
	private PartnerAdmin partners;

	@Autowired
	private EdxmlCodec codec;

	@Autowired
	private ExchangeInbox inbox;

	/** One agency for the class: the test agency codes (000.00.zz.H99) are few and shared by the whole run. */
	private static String ourAgency;
	private String apiKey;

	@BeforeEach
	void partnerForBacNinh() {
		if (ourAgency == null) {
			ourAgency = fixtures.department();
		}
		apiKey = partners.create(new PartnerDraft("Trục liên thông tỉnh Bắc Ninh", List.of("*.H27"), "http://127.0.0.1:9/edxml",
				"", null)).apiKey();
	}

	@Test
	void aSignedPackageForOurAgencyIsStoredOnceAndAnnounced(PublishedEvents events) throws Exception {
		EdxmlPackage p = Samples.pkg(BAC_NINH, ourAgency);
		byte[] xml = codec.write(p, TestSigners.signer());

		String body = deliver(xml, apiKey).andExpect(status().isCreated()).andExpect(jsonPath("$.duplicate").value(false))
				.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.messageId")).longValue();

		assertThat(events.ofType(DocumentPackageArrived.class).matching(e -> e.messageId() == id)).singleElement()
				.satisfies(e -> {
					assertThat(e.toAgencyCode()).isEqualTo(ourAgency);
					assertThat(e.fromOrganId()).isEqualTo(BAC_NINH);
					assertThat(e.documentId()).isEqualTo(p.header().documentId());
					assertThat(e.code()).isEqualTo("15/UBND-VP");
					assertThat(e.subject()).isEqualTo(p.header().subject());
					assertThat(e.priority()).isEqualTo(1);
				});
		ReceivedPackage received = inbox.packageOf(id);
		assertThat(received.pkg()).isEqualTo(p);
		assertThat(received.signature().valid()).isTrue();
		assertThat(jdbc.sql("select status || ' ' || direction || ' ' || signature_valid from exchange_message where id = ?")
				.param(id).query(String.class).single()).isEqualTo("RECEIVED IN true");

		// The same document again (a retry by the partner): the same id, no second row, no second event.
		deliver(xml, apiKey).andExpect(status().isOk()).andExpect(jsonPath("$.messageId").value(id))
				.andExpect(jsonPath("$.duplicate").value(true));
		assertThat(stored(p.header().documentId())).isEqualTo(1);
		assertThat(events.ofType(DocumentPackageArrived.class).matching(e -> e.messageId() == id)).hasSize(1);
	}

	@Test
	void aWrongOrMissingApiKeyIsUnauthorised() throws Exception {
		EdxmlPackage p = Samples.pkg(BAC_NINH, ourAgency);
		byte[] xml = codec.write(p, TestSigners.signer());

		deliver(xml, apiKey + "x").andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.code").value("exchange.api-key.invalid"));
		mvc.perform(post("/api/v1/exchange/packages").contentType(MediaType.APPLICATION_XML).content(xml))
				.andExpect(status().isUnauthorized());
		assertThat(stored(p.header().documentId())).isZero();
	}

	@Test
	void aPartnerMayNotSpeakForAnOrganItDoesNotServe() throws Exception {
		EdxmlPackage p = Samples.pkg("000.00.00.H28", ourAgency);

		deliver(codec.write(p, TestSigners.signer()), apiKey).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("exchange.organ-not-allowed"));
		assertThat(stored(p.header().documentId())).isZero();
	}

	@Test
	void aPackageChangedAfterSigningIsRefused() throws Exception {
		EdxmlPackage p = Samples.pkg(BAC_NINH, ourAgency);
		String xml = new String(codec.write(p, TestSigners.signer()), UTF_8).replace("<edXML:CodeNumber>15<",
				"<edXML:CodeNumber>16<");

		deliver(xml.getBytes(UTF_8), apiKey).andExpect(status().is(422))
				.andExpect(jsonPath("$.code").value("edxml.signature-invalid"));
		assertThat(stored(p.header().documentId())).isZero();
	}

	@Test
	void aPackageForNoneOfOurAgenciesIsRefused() throws Exception {
		EdxmlPackage p = Samples.pkg(BAC_NINH, "000.00.21.H27");

		deliver(codec.write(p, TestSigners.signer()), apiKey).andExpect(status().is(422))
				.andExpect(jsonPath("$.code").value("exchange.recipient-unknown"));
		assertThat(stored(p.header().documentId())).isZero();
	}

	@Test
	void brokenEdxmlGetsAClearCodeAndChangesNothing() throws Exception {
		int before = jdbc.sql("select count(*) from exchange_message").query(Integer.class).single();
		EdxmlPackage p = Samples.pkg(BAC_NINH, ourAgency);
		String xml = new String(codec.write(p, TestSigners.signer()), UTF_8);
		String xxe = """
				<?xml version="1.0"?><!DOCTYPE edXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXMLEnvelope><edXMLHeader><MessageHeader>
				<Subject>&xxe;</Subject></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>""";

		String answer = deliver(xxe.getBytes(UTF_8), apiKey).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("edxml.malformed")).andReturn().getResponse().getContentAsString();
		assertThat(answer).doesNotContain("root:");
		deliver(xml.replace(EdxmlCodec.NAMESPACE, "urn:other").getBytes(UTF_8), apiKey).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("edxml.wrong-namespace"));
		deliver(xml.replaceAll("<edXML:DocumentId>[^<]*</edXML:DocumentId>", "").getBytes(UTF_8), apiKey)
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("edxml.field-missing"))
				.andExpect(jsonPath("$.errors[0].field").value("MessageHeader/DocumentId"));
		deliver(xml.replace(p.header().subject(), "x".repeat(501)).getBytes(UTF_8), apiKey).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("edxml.field-invalid"))
				.andExpect(jsonPath("$.errors[0].field").value("MessageHeader/Subject"));
		deliver(xml.replace("<ContentTransferEncoded>", "<ContentTransferEncoded>~~").getBytes(UTF_8), apiKey)
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("edxml.base64"));
		deliver("not xml at all".getBytes(UTF_8), apiKey).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("edxml.malformed"));

		assertThat(jdbc.sql("select count(*) from exchange_message").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void aStatusReportAboutOurDocumentIsStoredOnceAndAnnounced(PublishedEvents events) throws Exception {
		String documentId = Samples.documentId(ourAgency);
		StatusMessage report = Samples.status(BAC_NINH, ourAgency, documentId, StatusCode.ACCEPTED);
		byte[] xml = codec.writeStatus(report, TestSigners.signer());

		String body = mvc.perform(post("/api/v1/exchange/status").contentType(MediaType.APPLICATION_XML)
				.header("X-Api-Key", apiKey).content(xml)).andExpect(status().isCreated()).andReturn().getResponse()
				.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.messageId")).longValue();
		mvc.perform(post("/api/v1/exchange/status").contentType(MediaType.APPLICATION_XML).header("X-Api-Key", apiKey)
				.content(xml)).andExpect(status().isOk()).andExpect(jsonPath("$.messageId").value(id));

		assertThat(events.ofType(ExchangeStatusArrived.class).matching(e -> e.messageId() == id)).singleElement()
				.satisfies(e -> {
					assertThat(e.statusCode()).isEqualTo(StatusCode.ACCEPTED);
					assertThat(e.reportingOrganId()).isEqualTo(BAC_NINH);
					assertThat(e.documentSenderOrganId()).isEqualTo(ourAgency);
					assertThat(e.documentId()).isEqualTo(documentId);
					assertThat(e.at()).isEqualTo(report.timestamp());
				});
		assertThat(inbox.statusesOf(ourAgency, documentId)).singleElement().satisfies(s -> {
			assertThat(s.statusCode()).isEqualTo(StatusCode.ACCEPTED);
			assertThat(s.description()).isEqualTo(report.description());
		});
	}

	@Test
	void aStatusReportFromAnOrganThePartnerDoesNotServeIsForbidden() throws Exception {
		String documentId = Samples.documentId(ourAgency);
		byte[] xml = codec.writeStatus(Samples.status("000.00.00.H28", ourAgency, documentId, StatusCode.DONE),
				TestSigners.signer());

		mvc.perform(post("/api/v1/exchange/status").contentType(MediaType.APPLICATION_XML).header("X-Api-Key", apiKey)
				.content(xml)).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("exchange.organ-not-allowed"));
		assertThat(stored(documentId)).isZero();
	}

	private ResultActions deliver(byte[] xml, String key) throws Exception {
		return mvc.perform(post("/api/v1/exchange/packages").contentType(MediaType.APPLICATION_XML).header("X-Api-Key", key)
				.content(xml));
	}

	private int stored(String documentId) {
		return jdbc.sql("select count(*) from exchange_message where document_id = ?").param(documentId).query(Integer.class)
				.single();
	}
}

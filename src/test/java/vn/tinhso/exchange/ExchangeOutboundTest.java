package vn.tinhso.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.exchange.partner.PartnerAdmin;
import vn.tinhso.exchange.partner.PartnerDraft;
import vn.tinhso.platform.DomainException;
import vn.tinhso.support.IntegrationTest;

/** Our packages and status reports reach the other installation after commit, and again after it fails. */
class ExchangeOutboundTest extends IntegrationTest {

	@Autowired
	private ExchangeOutbox outbox;

	@Autowired
	private PartnerAdmin partners;

	@Autowired
	private EdxmlCodec codec;

	@Test
	void aPackageRefusedOnceByABusyPeerIsDeliveredOnTheRetry() {
		String ourAgency = ourAgency();
		try (PeerInstallation peer = new PeerInstallation(1, 503)) {
			partner("*.H31", peer);
			EdxmlPackage p = withoutTraces(Samples.pkg(ourAgency, "000.00.21.H31"));

			long id = outbox.send(p, "000.00.21.H31", TestSigners.signer());

			Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(outbox.delivery(id).status()));
			Delivery delivery = outbox.delivery(id);
			assertThat(delivery.attempts()).isEqualTo(2);
			assertThat(delivery.lastError()).isEmpty();
			assertThat(delivery.sentAt()).isNotNull();
			assertThat(peer.received).hasSize(2).allSatisfy(r -> {
				assertThat(r.path()).isEqualTo("/peer/packages");
				assertThat(r.apiKey()).isEqualTo("key-issued-by-peer");
				assertThat(r.contentType()).startsWith("application/xml");
			});
			ReadPackage arrived = codec.read(peer.received.get(1).body());
			assertThat(arrived.signature().valid()).isTrue();
			assertThat(arrived.pkg().header()).isEqualTo(p.header());
			assertThat(arrived.pkg().attachments()).isEqualTo(p.attachments());
			assertThat(arrived.pkg().traces()).singleElement().satisfies(t -> assertThat(t.organId()).isEqualTo(ourAgency));
			// Delivered: the publication is complete and gone from the registry.
			Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> outstanding(id) == 0);
		}
	}

	@Test
	void aFailureIsRecordedWithTheErrorAndTheNextAttemptWhileThePeerIsDown() {
		String ourAgency = ourAgency();
		try (PeerInstallation peer = new PeerInstallation(1000, 500)) {
			partner("*.H32", peer);

			long id = outbox.send(Samples.pkg(ourAgency, "000.00.21.H32"), "000.00.21.H32", TestSigners.signer());

			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> outbox.delivery(id).attempts() >= 2);
			Delivery delivery = outbox.delivery(id);
			assertThat(delivery.status()).isEqualTo("FAILED");
			assertThat(delivery.lastError()).startsWith("HTTP 500").contains("peer.busy");
			assertThat(delivery.sentAt()).isNull();
			// Still owed: the event publication stays until the delivery succeeds (and survives a restart).
			assertThat(outstanding(id)).isEqualTo(1);
			// Deactivating the partner settles it: the next attempt gives up for good.
			jdbc.sql("update exchange_partner set active = false where endpoint_url = ?").param(peer.baseUrl()).update();
			Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> outstanding(id) == 0);
			assertThat(outbox.delivery(id).lastError()).isEqualTo("partner removed or inactive");
		}
	}

	@Test
	void aPeerThatRefusesTheMessageIsNotAskedAgain() throws Exception {
		String ourAgency = ourAgency();
		try (PeerInstallation peer = new PeerInstallation(1000, 403)) {
			partner("*.H33", peer);

			long id = outbox.send(Samples.pkg(ourAgency, "000.00.21.H33"), "000.00.21.H33", TestSigners.signer());

			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(outbox.delivery(id).status()));
			Thread.sleep(2500);
			assertThat(outbox.delivery(id).attempts()).isEqualTo(1);
			assertThat(outbox.delivery(id).nextAttemptAt()).isNull();
			assertThat(peer.received).hasSize(1);
			assertThat(outstanding(id)).isZero();
		}
	}

	@Test
	void aStatusReportGoesToTheSendersInstallation() {
		String ourAgency = ourAgency();
		try (PeerInstallation peer = new PeerInstallation(0, 500)) {
			partner("*.H34", peer);
			String documentId = Samples.documentId("000.00.00.H34");
			StatusMessage report = Samples.status(ourAgency, "000.00.00.H34", documentId, StatusCode.ASSIGNED);

			long id = outbox.sendStatus(report, TestSigners.signer());

			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(outbox.delivery(id).status()));
			assertThat(peer.received).singleElement().satisfies(r -> {
				assertThat(r.path()).isEqualTo("/peer/status");
				ReadStatus read = codec.readStatus(r.body());
				assertThat(read.status()).isEqualTo(report);
				assertThat(read.signature().valid()).isTrue();
			});
		}
	}

	@Test
	void nothingIsStoredWhenNoPartnerServesTheRecipientOrTheSenderIsNotOurs() {
		String ourAgency = ourAgency();
		EdxmlPackage p = Samples.pkg(ourAgency, "000.00.21.H35");

		DomainException noRoute = catchThrowableOfType(DomainException.class,
				() -> outbox.send(p, "000.00.21.H35", TestSigners.signer()));
		DomainException notOurs = catchThrowableOfType(DomainException.class,
				() -> outbox.send(Samples.pkg("000.00.00.H27", "000.00.21.H35"), "000.00.21.H35", TestSigners.signer()));
		DomainException notARecipient = catchThrowableOfType(DomainException.class,
				() -> outbox.send(p, "000.00.99.H35", TestSigners.signer()));

		assertThat(noRoute.code()).isEqualTo("exchange.no-route");
		assertThat(notOurs.code()).isEqualTo("exchange.sender-not-local");
		assertThat(notARecipient.code()).isEqualTo("exchange.recipient-not-in-package");
		assertThat(jdbc.sql("select count(*) from exchange_message where document_id = ?").param(p.header().documentId())
				.query(Integer.class).single()).isZero();
	}

	/** One sending agency for the class: the test agency codes (000.00.zz.H99) are few and shared by the whole run. */
	private static String sender;

	private String ourAgency() {
		if (sender == null) {
			sender = fixtures.department();
		}
		return sender;
	}

	private void partner(String organs, PeerInstallation peer) {
		partners.create(new PartnerDraft("Hệ thống tỉnh bạn " + organs, List.of(organs), peer.baseUrl(), "key-issued-by-peer", null));
	}

	private static EdxmlPackage withoutTraces(EdxmlPackage p) {
		return new EdxmlPackage(p.header(), List.of(), p.attachments());
	}

	private int outstanding(long messageId) {
		return jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and event_type like '%DeliveryRequested' and serialized_event like ?""")
				.param("%\"messageId\":" + messageId + "}%").query(Integer.class).single();
	}
}

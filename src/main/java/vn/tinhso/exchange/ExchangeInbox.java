package vn.tinhso.exchange;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.exchange.store.Messages;
import vn.tinhso.platform.DomainException;

/** What other installations sent us: the packages, and the status reports about our documents. */
@Service
public class ExchangeInbox {

	private final Messages messages;
	private final EdxmlCodec codec;

	ExchangeInbox(Messages messages, EdxmlCodec codec) {
		this.messages = messages;
		this.codec = codec;
	}

	/** A received package by the message id of {@link DocumentPackageArrived}. */
	@Transactional(readOnly = true)
	public ReceivedPackage packageOf(long messageId) {
		Messages.Inbound stored = messages.inboundPackage(messageId)
				.orElseThrow(() -> DomainException.notFound("exchange.message.not-found", messageId));
		ReadPackage read = codec.read(stored.xml());
		return new ReceivedPackage(stored.id(), stored.receivedAt(), read.pkg(), read.signature());
	}

	/** Status reports about a document our agency {@code senderOrganId} sent, oldest first. */
	@Transactional(readOnly = true)
	public List<ReceivedStatus> statusesOf(String senderOrganId, String documentId) {
		return messages.inboundStatuses(senderOrganId, documentId).stream()
				.map(r -> new ReceivedStatus(r.id(), StatusCode.of(r.statusCode()).orElseThrow(), r.fromOrgan(), r.statusAt(),
						r.description(), r.receivedAt()))
				.toList();
	}
}

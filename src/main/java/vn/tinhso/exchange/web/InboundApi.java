package vn.tinhso.exchange.web;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.exchange.EdxmlCodec;
import vn.tinhso.exchange.edxml.EdxmlErrors;
import vn.tinhso.exchange.inbound.Reception;
import vn.tinhso.exchange.partner.Partner;
import vn.tinhso.exchange.partner.Partners;
import vn.tinhso.platform.DomainException;

/**
 * Where other installations and the national axis deliver edXML. The partner's key is checked before
 * a byte of the body is read, and the body is read only up to the size limit.
 */
@RestController
@Tag(name = "Liên thông văn bản (edXML exchange)", description = "Nhận gói tin văn bản và gói tin trạng thái edXML từ đối tác")
class InboundApi {

	static final String API_KEY = "X-Api-Key";

	/** The answer to a partner: the message id here, and whether it had been delivered before. */
	record Receipt(long messageId, boolean duplicate) {
	}

	private final Partners partners;
	private final Reception reception;
	private final EdxmlCodec codec;

	InboundApi(Partners partners, Reception reception, EdxmlCodec codec) {
		this.partners = partners;
		this.reception = reception;
		this.codec = codec;
	}

	@PostMapping(path = ExchangeRoutes.PACKAGES, consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE })
	@Operation(summary = "Deliver a signed edXML document package (201 new, 200 already received)")
	ResponseEntity<Receipt> receivePackage(@RequestHeader(name = API_KEY, required = false) String apiKey,
			HttpServletRequest request) throws IOException {
		Partner partner = partner(apiKey);
		return answer(reception.acceptPackage(partner, body(request)));
	}

	@PostMapping(path = ExchangeRoutes.STATUS, consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE })
	@Operation(summary = "Deliver a signed edXML status message about a document sent from here (201 new, 200 already received)")
	ResponseEntity<Receipt> receiveStatus(@RequestHeader(name = API_KEY, required = false) String apiKey,
			HttpServletRequest request) throws IOException {
		Partner partner = partner(apiKey);
		return answer(reception.acceptStatus(partner, body(request)));
	}

	private Partner partner(String apiKey) {
		return partners.byApiKey(apiKey).orElseThrow(() -> DomainException.unauthorized("exchange.api-key.invalid"));
	}

	private byte[] body(HttpServletRequest request) throws IOException {
		long max = codec.maxBytes();
		if (request.getContentLengthLong() > max) {
			throw EdxmlErrors.tooLarge(max);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
			if (body.length > max) {
				throw EdxmlErrors.tooLarge(max);
			}
			return body;
		}
	}

	private static ResponseEntity<Receipt> answer(Reception.Outcome outcome) {
		return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(new Receipt(outcome.messageId(), !outcome.created()));
	}
}

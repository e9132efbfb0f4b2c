package vn.tinhso.document.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.document.core.DocumentDetail;
import vn.tinhso.document.core.DocumentExchange;
import vn.tinhso.document.core.DocumentQueries;
import vn.tinhso.platform.Actors;

/** A document's exchange with organs outside the installation (edXML): its state, sending again, refusing. */
@RestController
@RequestMapping("/api/v1/documents/{id}")
class DocumentExchangeApi {

	private final DocumentExchange exchange;
	private final DocumentQueries queries;

	DocumentExchangeApi(DocumentExchange exchange, DocumentQueries queries) {
		this.exchange = exchange;
		this.queries = queries;
	}

	@GetMapping("/exchange")
	@Operation(summary = "Every recipient (inside or outside, with the edXML statuses outside ones reported); for a "
			+ "document that arrived as edXML, its sender and the statuses reported back")
	DocumentExchange.View view(@PathVariable long id) {
		return exchange.view(Actors.require(), id);
	}

	@PostMapping("/resend")
	@Operation(summary = "Send an issued document again to the outside recipients not reached (clerk)",
			description = "None waiting → 409 document.exchange.nothing-to-resend.")
	DocumentDetail resend(@PathVariable long id) {
		exchange.resend(Actors.require(), id);
		return queries.view(Actors.require(), id);
	}

	@PostMapping("/refuse")
	@Operation(summary = "Refuse a document that arrived as edXML, not yet assigned (clerk or leader), with a reason "
			+ "sent back to its sender", description = "Not from outside → 409 document.refuse.not-exchanged.")
	DocumentDetail refuse(@PathVariable long id, @RequestParam(required = false) String reason) {
		exchange.refuse(Actors.require(), id, reason);
		return queries.view(Actors.require(), id);
	}
}

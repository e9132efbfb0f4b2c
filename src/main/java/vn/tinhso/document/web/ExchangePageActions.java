package vn.tinhso.document.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.document.core.DocumentExchange;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.Problems;

/** The document page's exchange actions: send again to outside recipients not reached, refuse a document received. */
@Controller
@RequestMapping("/staff/documents/{id}")
class ExchangePageActions {

	private final DocumentExchange exchange;
	private final Problems problems;

	ExchangePageActions(DocumentExchange exchange, Problems problems) {
		this.exchange = exchange;
		this.problems = problems;
	}

	@PostMapping("/resend")
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		return PageActions.take(problems, redirect, id, "resend", () -> exchange.resend(Actors.require(), id));
	}

	@PostMapping("/refuse")
	String refuse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return PageActions.take(problems, redirect, id, "refuse", () -> exchange.refuse(Actors.require(), id, reason));
	}
}

package vn.tinhso.document.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.document.core.Document;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/**
 * Takes an action from the document page and comes back to it with a notice, or with the refusal's
 * messages (each prefixed with the row of the form it concerns, where there is one).
 */
final class PageActions {

	private PageActions() {
	}

	static String take(Problems problems, RedirectAttributes redirect, long id, String action, Supplier<Document> step,
			Function<String, String> rowOf) {
		try {
			Document d = step.get();
			redirect.addFlashAttribute("notice", "document.done." + action);
			redirect.addFlashAttribute("noticeArg", label(d));
		}
		catch (DomainException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("alert", alert(problems, e, rowOf));
		}
		return "redirect:/staff/documents/" + id;
	}

	static String take(Problems problems, RedirectAttributes redirect, long id, String action, Supplier<Document> step) {
		return take(problems, redirect, id, action, step, field -> "");
	}

	/** The refusal's messages in one line; {@code rowOf} names the form row of a field ("" when none). */
	static String alert(Problems problems, DomainException e, Function<String, String> rowOf) {
		List<String> lines = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : problems.byField(e).entrySet()) {
			String row = rowOf.apply(entry.getKey());
			for (String message : entry.getValue()) {
				lines.add(row.isEmpty() ? message : row + ": " + message);
			}
		}
		return String.join(" ", lines);
	}

	/** How a notice names the document: its number and notation, or its subject while it has none. */
	static String label(Document d) {
		if (d.notation() != null && !d.notation().isBlank()) {
			return d.notation();
		}
		String s = d.subject();
		return s.length() > 80 ? s.substring(0, 79) + "…" : s;
	}
}

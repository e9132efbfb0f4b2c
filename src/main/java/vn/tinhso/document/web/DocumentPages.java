package vn.tinhso.document.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.document.core.AssignmentInput;
import vn.tinhso.document.core.Direction;
import vn.tinhso.document.core.DocumentQueries;
import vn.tinhso.document.core.DocumentRecalls;
import vn.tinhso.document.core.IncomingDocuments;
import vn.tinhso.document.core.OutgoingDocuments;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.platform.Problems;

/**
 * The officials' document pages: the registers (incoming and outgoing, most urgent first) and a document's
 * page with the actions open to the official: assign, report progress, complete; send along the route,
 * approve or return, revise, issue.
 */
@Controller
@RequestMapping("/staff/documents")
class DocumentPages {

	private static final int PAGE_SIZE = 25;
	private static final Pattern ROW = Pattern.compile("(assignments|reviewers)\\[(\\d+)\\].*");

	private final DocumentQueries queries;
	private final IncomingDocuments incoming;
	private final OutgoingDocuments outgoing;
	private final DocumentRecalls recalls;
	private final DocumentView view;
	private final StaffAccess staff;
	private final Problems problems;

	DocumentPages(DocumentQueries queries, IncomingDocuments incoming, OutgoingDocuments outgoing,
			DocumentRecalls recalls, DocumentView view, StaffAccess staff, Problems problems) {
		this.queries = queries;
		this.incoming = incoming;
		this.outgoing = outgoing;
		this.recalls = recalls;
		this.view = view;
		this.staff = staff;
		this.problems = problems;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "IN") String direction, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = Actors.require();
		Direction dir = "OUT".equals(direction) ? Direction.OUT : Direction.IN;
		String text = q == null ? "" : q.strip();
		String chosen = status == null ? "" : status.strip();
		model.addAttribute("direction", dir.name());
		model.addAttribute("q", text);
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", dir == Direction.IN ? List.of("REGISTERED", "ASSIGNED", "DONE", "RECALLED", "REPLACED")
				: List.of("DRAFT", "IN_REVIEW", "RETURNED", "APPROVED", "ISSUED", "RECALLED", "REPLACED"));
		model.addAttribute("result", queries.list(actor, dir, text, chosen, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("countCap", DocumentQueries.countCap(text));
		model.addAttribute("today", view.today());
		var grants = staff.grants(actor.accountId());
		model.addAttribute("canRegister", grants.stream().anyMatch(g -> g.role() == Role.CLERK));
		model.addAttribute("canDraft", grants.stream().anyMatch(g -> DocumentView.STAFF.contains(g.role())));
		return "documents/list";
	}

	@GetMapping("/{id}")
	String document(@PathVariable long id, Model model) {
		view.fill(Actors.require(), id, model);
		return "documents/detail";
	}

	/** Rows of the assignment form ({@code kind-0}, {@code unit-0}, {@code user-0}, {@code due-0}, {@code note-0}…). */
	@PostMapping("/{id}/assign")
	String assign(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		List<AssignmentInput> lines = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		List<FieldProblem> bad = new ArrayList<>();
		for (int i = 0; i < DocumentView.ASSIGN_ROWS; i++) {
			String unit = blankToNull(form.get("unit-" + i));
			String user = blankToNull(form.get("user-" + i));
			if (unit == null && user == null) {
				continue;
			}
			String due = blankToNull(form.get("due-" + i));
			LocalDate dueOn = null;
			try {
				dueOn = due == null ? null : LocalDate.parse(due);
			}
			catch (DateTimeParseException e) {
				bad.add(new FieldProblem("assignments[" + lines.size() + "].dueOn", "value.wrong-type"));
			}
			rows.add(i + 1);
			lines.add(new AssignmentInput(form.get("kind-" + i), unit, user, dueOn, form.get("note-" + i)));
		}
		return PageActions.take(problems, redirect, id, "assign", () -> {
			if (!bad.isEmpty()) {
				throw DomainException.invalidFields(bad);
			}
			return incoming.assign(Actors.require(), id, lines);
		}, field -> rowLabel(field, rows));
	}

	@PostMapping("/{id}/progress")
	String progress(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return PageActions.take(problems, redirect, id, "progress", () -> incoming.note(Actors.require(), id, note));
	}

	@PostMapping("/{id}/complete")
	String complete(@PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(required = false) String replyId, RedirectAttributes redirect) {
		return PageActions.take(problems, redirect, id, "complete", () -> {
			Long reply = null;
			if (replyId != null && !replyId.isBlank()) {
				try {
					reply = Long.valueOf(replyId.strip());
				}
				catch (NumberFormatException e) {
					throw DomainException.invalid("document.reply.unknown", replyId.strip());
				}
			}
			return incoming.complete(Actors.require(), id, note, reply);
		});
	}

	/** The route: {@code reviewer-0}… in order (blanks skipped), then {@code signer}. */
	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		List<String> reviewers = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < DocumentView.REVIEWERS; i++) {
			String r = blankToNull(form.get("reviewer-" + i));
			if (r != null) {
				reviewers.add(r);
				rows.add(i + 1);
			}
		}
		return PageActions.take(problems, redirect, id, "submit",
				() -> outgoing.submit(Actors.require(), id, reviewers, form.get("signer")), field -> rowLabel(field, rows));
	}

	@PostMapping("/{id}/review")
	String review(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return PageActions.take(problems, redirect, id, approve ? "approve" : "return",
				() -> outgoing.review(Actors.require(), id, approve, comment));
	}

	@PostMapping("/{id}/revise")
	String revise(@PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return PageActions.take(problems, redirect, id, "revise",
				() -> outgoing.revise(Actors.require(), id, bytes(file), file == null ? null : file.getOriginalFilename()));
	}

	@PostMapping("/{id}/issue")
	String issue(@PathVariable long id, RedirectAttributes redirect) {
		return PageActions.take(problems, redirect, id, "issue", () -> outgoing.issue(Actors.require(), id));
	}

	@PostMapping("/{id}/recall")
	String recall(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return PageActions.take(problems, redirect, id, "recall", () -> recalls.recall(Actors.require(), id, reason));
	}

	/** "Dòng 2" for the second row of a form whose rows went to the service as {@code rows}; "" otherwise. */
	private String rowLabel(String field, List<Integer> rows) {
		Matcher m = ROW.matcher(field);
		if (!m.matches()) {
			return "";
		}
		int index = Integer.parseInt(m.group(2));
		return problems.message("document.form.row", index < rows.size() ? rows.get(index) : index + 1);
	}

	static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return new byte[0];
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}

package vn.tinhso.document.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencyKind;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.RoleGrant;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.document.core.DocumentTypes;
import vn.tinhso.document.core.DraftForm;
import vn.tinhso.document.core.IncomingDocuments;
import vn.tinhso.document.core.IncomingForm;
import vn.tinhso.document.core.OutgoingDocuments;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.platform.FormFields;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.Problems;

/**
 * The two forms that start a document: the clerk registers an incoming one with its PDF, an official
 * drafts an outgoing one. A refusal shows the form again as typed, each message next to its field.
 */
@Controller
@RequestMapping("/staff/documents")
class DocumentForms {

	/** The register form as typed (dates and numbers as text, so that nothing typed is lost). */
	record IncomingEntry(String agencyCode, String typeCode, String notation, String subject, String issuerName,
			String issuerCode, String issuedOn, String urgency, String confidentiality, String pageCount, String dueOn,
			String scanned) {
	}

	/** The draft form as typed. */
	record DraftEntry(String agencyCode, String typeCode, String subject, String draftingUnit, String urgency,
			String confidentiality, String pageCount, List<String> recipients, String replyTo, String replacesId) {
	}

	private final IncomingDocuments incoming;
	private final OutgoingDocuments outgoing;
	private final DocumentTypes types;
	private final StaffAccess staff;
	private final AgencyDirectory agencies;
	private final Problems problems;

	DocumentForms(IncomingDocuments incoming, OutgoingDocuments outgoing, DocumentTypes types, StaffAccess staff,
			AgencyDirectory agencies, Problems problems) {
		this.incoming = incoming;
		this.outgoing = outgoing;
		this.types = types;
		this.staff = staff;
		this.agencies = agencies;
		this.problems = problems;
	}

	@GetMapping("/incoming/new")
	String newIncoming(@RequestParam(required = false) String agency, Model model) {
		fill(Actors.require(), Set.of(Role.CLERK), model);
		model.addAttribute("form", new IncomingEntry(agency, "CV", "", "", "", "", "", "NORMAL", "NORMAL", "1", "", null));
		return "documents/incoming-form";
	}

	@PostMapping("/incoming/new")
	String register(@ModelAttribute("form") IncomingEntry form, @RequestParam(required = false) MultipartFile file,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.require();
		byte[] pdf = DocumentPages.bytes(file);
		try {
			var d = withFile(pdf, () -> {
				List<FieldProblem> bad = new ArrayList<>();
				LocalDate issuedOn = FormFields.date("issuedOn", form.issuedOn(), bad);
				LocalDate dueOn = FormFields.date("dueOn", form.dueOn(), bad);
				Integer pages = FormFields.whole("pageCount", form.pageCount(), "document.page-count", bad);
				if (!bad.isEmpty()) {
					throw DomainException.invalidFields(bad);
				}
				return incoming.register(actor, new IncomingForm(form.agencyCode(), form.typeCode(), form.notation(),
						form.subject(), form.issuerName(), form.issuerCode(), issuedOn, form.urgency(), form.confidentiality(),
						pages, dueOn, "true".equals(form.scanned()), pdf, file == null ? null : file.getOriginalFilename()));
			});
			redirect.addFlashAttribute("notice", "document.registered");
			redirect.addFlashAttribute("noticeArg", d.number());
			return "redirect:/staff/documents/" + d.id();
		}
		catch (DomainException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			fill(actor, Set.of(Role.CLERK), model);
			return FormErrors.reshow("documents/incoming-form", e, problems, model, response);
		}
	}

	@GetMapping("/outgoing/new")
	String newDraft(@RequestParam(required = false) String agency, @RequestParam(required = false) String replyTo,
			@RequestParam(required = false) String replaces, Model model) {
		fillDraft(Actors.require(), model);
		model.addAttribute("form", new DraftEntry(agency, "CV", "", "", "NORMAL", "NORMAL", "1", List.of(),
				replyTo == null ? "" : replyTo, replaces == null ? "" : replaces));
		return "documents/outgoing-form";
	}

	@PostMapping("/outgoing/new")
	String draft(@ModelAttribute("form") DraftEntry form, @RequestParam(required = false) MultipartFile file,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.require();
		byte[] pdf = DocumentPages.bytes(file);
		try {
			var d = withFile(pdf, () -> {
				List<FieldProblem> bad = new ArrayList<>();
				Integer pages = FormFields.whole("pageCount", form.pageCount(), "document.page-count", bad);
				Long replyTo = FormFields.id("replyTo", form.replyTo(), "document.reply.unknown", bad);
				Long replaces = FormFields.id("replacesId", form.replacesId(), "document.replaces.unknown", bad);
				if (!bad.isEmpty()) {
					throw DomainException.invalidFields(bad);
				}
				DraftForm draft = new DraftForm(form.agencyCode(), form.typeCode(), form.subject(),
						form.draftingUnit(), form.urgency(), form.confidentiality(), pages, form.recipients(), replyTo, pdf,
						file == null ? null : file.getOriginalFilename());
				return replaces == null ? outgoing.draft(actor, draft) : outgoing.draftReplacing(actor, draft, replaces);
			});
			redirect.addFlashAttribute("notice", "document.drafted");
			redirect.addFlashAttribute("noticeArg", PageActions.label(d));
			return "redirect:/staff/documents/" + d.id();
		}
		catch (DomainException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			fillDraft(actor, model);
			return FormErrors.reshow("documents/outgoing-form", e, problems, model, response);
		}
	}

	/**
	 * Runs a registration; when it is refused for its fields and no file was chosen, the missing file is
	 * reported with the rest (the service checks the file last, and calls it empty).
	 */
	private static <T> T withFile(byte[] pdf, Supplier<T> step) {
		try {
			return step.get();
		}
		catch (DomainException e) {
			if (pdf.length == 0 && !e.fieldProblems().isEmpty()) {
				List<FieldProblem> all = new ArrayList<>(e.fieldProblems().stream().filter(p -> !p.field().equals("file")).toList());
				all.add(new FieldProblem("file", "document.file.missing"));
				throw DomainException.invalidFields(all);
			}
			throw e;
		}
	}

	/** The agencies where the official holds one of the roles, and the kinds of document. */
	private void fill(Actor actor, Set<Role> roles, Model model) {
		Map<String, RoleGrant> where = new LinkedHashMap<>();
		for (RoleGrant g : staff.grants(actor.accountId())) {
			if (roles.contains(g.role())) {
				where.putIfAbsent(g.agencyCode(), g);
			}
		}
		model.addAttribute("agencies", List.copyOf(where.values()));
		model.addAttribute("types", types.all());
	}

	private void fillDraft(Actor actor, Model model) {
		fill(actor, DocumentView.STAFF, model);
		model.addAttribute("recipientChoices", agencies.ofKinds(List.of(AgencyKind.values())));
	}
}

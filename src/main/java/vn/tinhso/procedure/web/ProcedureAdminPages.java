package vn.tinhso.procedure.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.PageOf;
import vn.tinhso.platform.Problems;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.TemplateFile;
import vn.tinhso.procedure.catalogue.CatalogueEntry;
import vn.tinhso.procedure.catalogue.CatalogueQuery;
import vn.tinhso.procedure.catalogue.ProcedureService;
import vn.tinhso.procedure.catalogue.Procedures;

/** Catalogue administration: list with unpublished entries, edit form, publish/withdraw, JSON import. */
@Controller
@RequestMapping("/admin/procedures")
class ProcedureAdminPages {

	private static final String FORM = "admin/procedure-form";

	private final Procedures procedures;
	private final ProcedureService service;
	private final Problems problems;
	private final JsonMapper json;
	private final AgencyDirectory agencies;

	ProcedureAdminPages(Procedures procedures, ProcedureService service, Problems problems, JsonMapper json,
			AgencyDirectory agencies) {
		this.agencies = agencies;
		this.procedures = procedures;
		this.service = service;
		this.problems = problems;
		this.json = json;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var query = new CatalogueQuery(q, null, null, null, null, true, page, 25);
		var today = CatalogueAccess.today();
		model.addAttribute("query", query);
		model.addAttribute("today", today);
		model.addAttribute("result", new PageOf<>(procedures.search(query, today), procedures.countMatching(query, today),
				query.page(), query.size()));
		return "admin/procedures";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", ProcedureForm.blank(rootCodeHint()));
		model.addAttribute("editing", false);
		return FORM;
	}

	@PostMapping
	String create(@ModelAttribute("form") ProcedureForm form, @RequestParam(required = false) String addRows, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("editing", false);
		if (addRows != null) {
			form.withSpareRows();
			return FORM;
		}
		try {
			Procedure created = service.create(form.toProcedure(), form.templateChanges()).procedure();
			redirect.addFlashAttribute("notice", "procedure.created");
			redirect.addFlashAttribute("noticeArg", created.code());
			return "redirect:/admin/procedures/" + created.code();
		}
		catch (DomainException e) {
			form.withSpareRows();
			return FormErrors.reshow(FORM, e, problems, model, response);
		}
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		var entry = service.find(code);
		model.addAttribute("form", ProcedureForm.of(entry.procedure()));
		editing(entry, entry.version(), model);
		return FORM;
	}

	/** The entry as stored, with its components' current template files by component code. */
	private static void editing(CatalogueEntry entry, int version, Model model) {
		Map<String, TemplateFile> templates = new HashMap<>();
		entry.procedure().components().stream().filter(c -> c.templateFile() != null)
				.forEach(c -> templates.put(c.code(), c.templateFile()));
		model.addAttribute("entry", entry);
		model.addAttribute("templates", templates);
		model.addAttribute("version", version);
		model.addAttribute("editing", true);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @RequestParam int version, @ModelAttribute("form") ProcedureForm form,
			@RequestParam(required = false) String addRows, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		editing(service.find(code), version, model);
		if (addRows != null) {
			form.withSpareRows();
			return FORM;
		}
		try {
			service.update(code, version, form.toProcedure(), form.templateChanges());
			redirect.addFlashAttribute("notice", "procedure.updated");
			redirect.addFlashAttribute("noticeArg", code);
			return "redirect:/admin/procedures/{code}";
		}
		catch (DomainException e) {
			form.withSpareRows();
			return FormErrors.reshow(FORM, e, problems, model, response);
		}
	}

	@PostMapping("/{code}/withdraw")
	String withdraw(@PathVariable String code, RedirectAttributes redirect) {
		service.setActive(code, false);
		redirect.addFlashAttribute("notice", "procedure.withdrawn");
		redirect.addFlashAttribute("noticeArg", code);
		return "redirect:/admin/procedures/{code}";
	}

	@PostMapping("/{code}/publish")
	String publish(@PathVariable String code, RedirectAttributes redirect) {
		service.setActive(code, true);
		redirect.addFlashAttribute("notice", "procedure.published");
		redirect.addFlashAttribute("noticeArg", code);
		return "redirect:/admin/procedures/{code}";
	}

	@GetMapping("/import")
	String importForm() {
		return "admin/procedure-import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		try {
			List<Procedure> entries = parse(file);
			var report = service.importAll(entries);
			redirect.addFlashAttribute("notice", "procedure.imported");
			redirect.addFlashAttribute("noticeArg", report.created() + report.updated());
			return "redirect:/admin/procedures";
		}
		catch (DomainException e) {
			return FormErrors.reshow("admin/procedure-import", e, problems, model, response);
		}
	}

	private List<Procedure> parse(MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw DomainException.invalid("procedure.import.empty");
		}
		try {
			return json.readValue(file.getInputStream(), new TypeReference<List<Procedure>>() {
			});
		}
		catch (JacksonException e) {
			throw DomainException.invalid("procedure.import.malformed", e.getOriginalMessage());
		}
	}

	private String rootCodeHint() {
		return agencies.root().map(AgencySummary::code).orElse("");
	}
}

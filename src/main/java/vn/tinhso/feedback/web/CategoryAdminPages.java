package vn.tinhso.feedback.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencyKind;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.feedback.category.Category;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.category.ReportCategoryAdmin;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FormErrors;
import vn.tinhso.platform.Problems;

/**
 * System administrators' pages for report categories: the list with where each one routes, the create
 * and edit forms (checked by the same service as the API, errors next to their fields), deactivation.
 */
@Controller
@RequestMapping("/admin/feedback/categories")
class CategoryAdminPages {

	private static final String FORM = "admin/feedback-category-form";
	private static final String LIST = "redirect:/admin/feedback/categories";
	/** The agencies a category is usually given to: the province's departments and units, not communes. */
	private static final List<AgencyKind> DEFAULT_AGENCY_KINDS = List.of(AgencyKind.PROVINCE, AgencyKind.DEPARTMENT,
			AgencyKind.PROVINCIAL_UNIT);

	private final ReportCategories categories;
	private final ReportCategoryAdmin admin;
	private final AgencyDirectory agencies;
	private final Problems problems;

	CategoryAdminPages(ReportCategories categories, ReportCategoryAdmin admin, AgencyDirectory agencies, Problems problems) {
		this.categories = categories;
		this.admin = admin;
		this.agencies = agencies;
		this.problems = problems;
	}

	@GetMapping
	String list(Model model) {
		List<Category> all = categories.all(false);
		Map<String, String> names = all.stream().map(Category::defaultAgencyCode).filter(c -> c != null).distinct()
				.collect(Collectors.toMap(Function.identity(),
						code -> agencies.findByCode(code).map(AgencySummary::name).orElse(code)));
		model.addAttribute("categories", all);
		model.addAttribute("agencyNames", names);
		return "admin/feedback-categories";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(CategoryForm.blank(), false, model);
	}

	@PostMapping
	String create(@ModelAttribute("form") CategoryForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			Category created = admin.create(form.draft(true));
			return done(redirect, "feedback.category.created", created.code());
		}
		catch (DomainException e) {
			form(form, false, model);
			return FormErrors.reshow(FORM, e, problems, model, response);
		}
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		Category c = find(code);
		model.addAttribute("category", c);
		return form(CategoryForm.of(c), true, model);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @ModelAttribute("form") CategoryForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Category current = find(code);
		CategoryForm typed = new CategoryForm(current.code(), form.nameVi(), form.nameEn(), form.description(),
				form.keywords(), form.group(), form.responsibleKind(), form.defaultAgencyCode());
		try {
			admin.update(code, typed.draft(current.active()));
			return done(redirect, "feedback.category.updated", code);
		}
		catch (DomainException e) {
			model.addAttribute("category", current);
			form(typed, true, model);
			return FormErrors.reshow(FORM, e, problems, model, response);
		}
	}

	@PostMapping("/{code}/deactivate")
	String deactivate(@PathVariable String code, RedirectAttributes redirect) {
		return setActive(code, false, redirect);
	}

	@PostMapping("/{code}/activate")
	String activate(@PathVariable String code, RedirectAttributes redirect) {
		return setActive(code, true, redirect);
	}

	/** Changes only the active flag; a category whose default agency has since closed cannot come back as it is. */
	private String setActive(String code, boolean active, RedirectAttributes redirect) {
		try {
			admin.update(code, CategoryForm.withActive(find(code), active));
			return done(redirect, active ? "feedback.category.activated" : "feedback.category.deactivated", code);
		}
		catch (DomainException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			redirect.addFlashAttribute("alert", String.join(" ", problems.byField(e).values().stream()
					.flatMap(List::stream).toList()));
			return LIST;
		}
	}

	private String form(CategoryForm form, boolean editing, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("agencies", agencyChoices(form.defaultAgencyCode()));
		return FORM;
	}

	/** The usual default agencies, plus the one in the form when it is of another kind (a commune). */
	private List<AgencySummary> agencyChoices(String chosen) {
		List<AgencySummary> choices = new ArrayList<>(agencies.ofKinds(DEFAULT_AGENCY_KINDS));
		if (chosen != null && !chosen.isBlank() && choices.stream().noneMatch(a -> a.code().equals(chosen.strip()))) {
			agencies.findByCode(chosen.strip()).ifPresent(a -> choices.add(0, a));
		}
		return choices;
	}

	private Category find(String code) {
		return categories.find(code).orElseThrow(() -> DomainException.notFound("feedback.category.not-found", code));
	}

	private static String done(RedirectAttributes redirect, String notice, String code) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeArg", code);
		return LIST;
	}
}

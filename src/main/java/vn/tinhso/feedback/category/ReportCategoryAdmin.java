package vn.tinhso.feedback.category;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/** System administrators create and change categories; every change is in the audit log. */
@Service
public class ReportCategoryAdmin {

	private static final Pattern CODE = Pattern.compile("^[A-Z0-9_-]{2,40}$");

	private final ReportCategories categories;
	private final AgencyDirectory agencies;
	private final AuditLog audit;

	ReportCategoryAdmin(ReportCategories categories, AgencyDirectory agencies, AuditLog audit) {
		this.categories = categories;
		this.agencies = agencies;
		this.audit = audit;
	}

	@Transactional
	public Category create(CategoryDraft draft) {
		String code = draft.code() == null ? "" : draft.code().strip().toUpperCase(java.util.Locale.ROOT);
		Category c = checked(code, draft);
		if (!categories.insert(c)) {
			throw DomainException.conflict("feedback.category.exists", code);
		}
		audit.record("feedback.category.create", "feedback_category", code, describe(c));
		return c;
	}

	@Transactional
	public Category update(String code, CategoryDraft draft) {
		Category c = checked(code, draft);
		if (!categories.update(c)) {
			throw DomainException.notFound("feedback.category.not-found", code);
		}
		audit.record("feedback.category.update", "feedback_category", code, describe(c));
		return c;
	}

	private Category checked(String code, CategoryDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!CODE.matcher(code).matches()) {
			problems.add(new FieldProblem("code", "feedback.category.code-format"));
		}
		String nameVi = text(d.nameVi(), "nameVi", 200, true, problems);
		String nameEn = text(d.nameEn(), "nameEn", 200, true, problems);
		String description = text(d.description(), "description", 1000, false, problems);
		String keywords = text(d.keywords(), "keywords", 500, false, problems);
		String group = text(d.group(), "group", 200, false, problems);
		String kind = d.responsibleKind() == null ? Category.COMMUNE : d.responsibleKind().strip();
		String agency = d.defaultAgencyCode() == null || d.defaultAgencyCode().isBlank() ? null : d.defaultAgencyCode().strip();
		if (!Category.COMMUNE.equals(kind) && !Category.AGENCY.equals(kind)) {
			problems.add(new FieldProblem("responsibleKind", "value.not-allowed", kind));
		}
		if (agency != null && agencies.findByCode(agency).filter(a -> a.active()).isEmpty()) {
			problems.add(new FieldProblem("defaultAgencyCode", "feedback.agency.unknown", agency));
		}
		else if (agency == null && Category.AGENCY.equals(kind)) {
			problems.add(new FieldProblem("defaultAgencyCode", "feedback.category.agency-required"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		return new Category(code, nameVi, nameEn, description, keywords, group, kind, agency,
				d.active() == null || d.active());
	}

	private static String text(String value, String field, int max, boolean required, List<FieldProblem> problems) {
		String v = value == null ? "" : value.strip();
		if (required && v.isEmpty()) {
			problems.add(new FieldProblem(field, "value.required"));
		}
		else if (v.length() > max) {
			problems.add(new FieldProblem(field, "value.too-long", max));
		}
		return v;
	}

	private static String describe(Category c) {
		return "name=" + c.nameVi() + ", kind=" + c.responsibleKind() + ", agency=" + c.defaultAgencyCode() + ", active="
				+ c.active();
	}
}

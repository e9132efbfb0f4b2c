package vn.tinhso.procedure.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.tinhso.directory.AgencyCode;
import vn.tinhso.directory.AgencyKind;
import vn.tinhso.directory.Role;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.procedure.Component;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.ProcessStep;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureLevel;

/**
 * What makes a catalogue entry publishable. Shared by the admin form, the API and the JSON import,
 * so that every way in refuses the same things with the same field paths ({@code steps[2].days}).
 */
final class ProcedureRules {

	private static final Pattern NATIONAL_CODE = Pattern.compile("^[12]\\.\\d{6}$");
	private static final Pattern COMPONENT_CODE = Pattern.compile("^[A-Z0-9_-]{1,20}$");
	private static final BigDecimal HALF = new BigDecimal("0.5");
	private static final BigDecimal MAX_DAYS = new BigDecimal("365");
	private static final Set<Role> STEP_ROLES = Set.of(Role.ONE_STOP_OFFICER, Role.SPECIALIST, Role.LEADER, Role.CLERK);

	private ProcedureRules() {
	}

	/**
	 * @param agencyKind the kind of an existing agency by code, empty when there is none
	 */
	static List<FieldProblem> check(Procedure p, Function<String, Optional<AgencyKind>> agencyKind) {
		List<FieldProblem> problems = new ArrayList<>();
		if (p.nationalCode() == null || !NATIONAL_CODE.matcher(p.nationalCode()).matches()) {
			problems.add(new FieldProblem("nationalCode", "procedure.national-code.format"));
		}
		if (p.agencyCode() == null || !AgencyCode.isWellFormed(p.agencyCode())) {
			problems.add(new FieldProblem("agencyCode", "agency.code.invalid", p.agencyCode()));
		}
		else if (agencyKind.apply(p.agencyCode()).isEmpty()) {
			problems.add(new FieldProblem("agencyCode", "agency.not-found", p.agencyCode()));
		}
		text(problems, "name", p.name(), 5, 500);
		text(problems, "field", p.field(), 2, 200);
		required(problems, "level", p.level());
		required(problems, "onlineLevel", p.onlineLevel());
		required(problems, "effectiveFrom", p.effectiveFrom());
		if (p.applicantTypes() == null || p.applicantTypes().isEmpty()) {
			problems.add(new FieldProblem("applicantTypes", "value.required"));
		}
		if (p.effectiveFrom() != null && p.effectiveTo() != null && p.effectiveTo().isBefore(p.effectiveFrom())) {
			problems.add(new FieldProblem("effectiveTo", "procedure.effective-to.before-from"));
		}
		optionalText(problems, "description", p.description(), 4000);
		optionalText(problems, "conditions", p.conditions(), 4000);
		days(problems, "processingDays", p.processingDays(), false);
		implementers(problems, p, agencyKind);
		fees(problems, p.fees());
		components(problems, p.components());
		results(problems, p);
		legalBasis(problems, p.legalBasis());
		steps(problems, p);
		return problems;
	}

	private static void implementers(List<FieldProblem> problems, Procedure p, Function<String, Optional<AgencyKind>> agencyKind) {
		List<String> codes = p.implementingAgencies() == null ? List.of() : p.implementingAgencies();
		if (p.level() == ProcedureLevel.PROVINCE && codes.isEmpty()) {
			problems.add(new FieldProblem("implementingAgencies", "procedure.implementers.required"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			String field = "implementingAgencies[" + i + "]";
			String code = codes.get(i);
			Optional<AgencyKind> kind = code != null && AgencyCode.isWellFormed(code) ? agencyKind.apply(code) : Optional.empty();
			if (code == null || !AgencyCode.isWellFormed(code)) {
				problems.add(new FieldProblem(field, "agency.code.invalid", code));
			}
			else if (kind.isEmpty()) {
				problems.add(new FieldProblem(field, "agency.not-found", code));
			}
			else if (!seen.add(code)) {
				problems.add(new FieldProblem(field, "procedure.implementers.duplicate", code));
			}
			else if (p.level() != null && isLocal(kind.get()) != (p.level() == ProcedureLevel.COMMUNE)) {
				problems.add(new FieldProblem(field, "procedure.implementers.wrong-level", code));
			}
		}
	}

	private static boolean isLocal(AgencyKind kind) {
		return kind == AgencyKind.COMMUNE || kind == AgencyKind.WARD;
	}

	private static void fees(List<FieldProblem> problems, List<Fee> fees) {
		List<Fee> list = fees == null ? List.of() : fees;
		for (int i = 0; i < list.size(); i++) {
			Fee fee = list.get(i);
			text(problems, "fees[" + i + "].name", fee.name(), 2, 300);
			if (fee.amount() < 0) {
				problems.add(new FieldProblem("fees[" + i + "].amount", "procedure.fee.negative"));
			}
			optionalText(problems, "fees[" + i + "].note", fee.note(), 500);
		}
	}

	private static void components(List<FieldProblem> problems, List<Component> components) {
		if (components == null || components.isEmpty()) {
			problems.add(new FieldProblem("components", "procedure.components.required"));
			return;
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < components.size(); i++) {
			Component c = components.get(i);
			String at = "components[" + i + "].";
			if (c.code() == null || !COMPONENT_CODE.matcher(c.code()).matches()) {
				problems.add(new FieldProblem(at + "code", "procedure.component.code-format"));
			}
			else if (!codes.add(c.code())) {
				problems.add(new FieldProblem(at + "code", "procedure.component.code-duplicate", c.code()));
			}
			text(problems, at + "name", c.name(), 2, 500);
			if (c.originals() < 0 || c.copies() < 0 || c.originals() + c.copies() == 0) {
				problems.add(new FieldProblem(at + "originals", "procedure.component.count"));
			}
			optionalText(problems, at + "templateName", c.templateName(), 200);
		}
	}

	private static void results(List<FieldProblem> problems, Procedure p) {
		if (p.results() == null || p.results().isEmpty()) {
			problems.add(new FieldProblem("results", "procedure.results.required"));
			return;
		}
		for (int i = 0; i < p.results().size(); i++) {
			text(problems, "results[" + i + "].name", p.results().get(i).name(), 2, 300);
		}
	}

	private static void legalBasis(List<FieldProblem> problems, List<String> basis) {
		if (basis == null || basis.isEmpty()) {
			problems.add(new FieldProblem("legalBasis", "procedure.legal-basis.required"));
			return;
		}
		for (int i = 0; i < basis.size(); i++) {
			text(problems, "legalBasis[" + i + "]", basis.get(i), 5, 500);
		}
	}

	private static void steps(List<FieldProblem> problems, Procedure p) {
		List<ProcessStep> steps = p.steps();
		if (steps == null || steps.size() < 2 || steps.size() > 20) {
			problems.add(new FieldProblem("steps", "procedure.steps.count"));
			return;
		}
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < steps.size(); i++) {
			ProcessStep s = steps.get(i);
			String at = "steps[" + i + "].";
			text(problems, at + "name", s.name(), 2, 300);
			optionalText(problems, at + "unit", s.unit(), 300);
			if (s.role() == null || !STEP_ROLES.contains(s.role())) {
				problems.add(new FieldProblem(at + "role", "procedure.step.role"));
			}
			days(problems, at + "days", s.days(), true);
			total = s.days() == null ? total : total.add(s.days());
		}
		if (steps.get(0).role() != Role.ONE_STOP_OFFICER || steps.get(steps.size() - 1).role() != Role.ONE_STOP_OFFICER) {
			problems.add(new FieldProblem("steps", "procedure.steps.one-stop-ends"));
		}
		if (p.processingDays() != null && total.compareTo(p.processingDays()) != 0) {
			problems.add(new FieldProblem("steps", "procedure.steps.total", total.stripTrailingZeros().toPlainString(),
					p.processingDays().stripTrailingZeros().toPlainString()));
		}
	}

	private static void days(List<FieldProblem> problems, String field, BigDecimal days, boolean zeroAllowed) {
		if (days == null) {
			problems.add(new FieldProblem(field, "value.required"));
		}
		else if (days.signum() < 0 || (!zeroAllowed && days.signum() == 0) || days.compareTo(MAX_DAYS) > 0
				|| days.remainder(HALF).signum() != 0) {
			problems.add(new FieldProblem(field, "procedure.days.format"));
		}
	}

	private static void required(List<FieldProblem> problems, String field, Object value) {
		if (value == null) {
			problems.add(new FieldProblem(field, "value.required"));
		}
	}

	private static void text(List<FieldProblem> problems, String field, String value, int min, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "value.required"));
		}
		else if (value.strip().length() < min || value.length() > max) {
			problems.add(new FieldProblem(field, "value.length", min, max));
		}
	}

	private static void optionalText(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "value.length", 0, max));
		}
	}
}

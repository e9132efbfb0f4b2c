package vn.tinhso.procedure.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.procedure.ApplicantType;
import vn.tinhso.procedure.Component;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcessStep;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.ResultPaper;
import vn.tinhso.procedure.catalogue.TemplateChange;

/**
 * The admin edit form: every value as typed, so that a wrong number or date comes back as a field
 * error next to what the user wrote. Multi-value lists are one item per line; rows left blank are
 * ignored, which is how a row is removed.
 */
public class ProcedureForm {

	private String nationalCode = "";
	private String agencyCode = "";
	private String name = "";
	private String field = "";
	private String level = "PROVINCE";
	private String implementingAgencies = "";
	private String processingDays = "";
	private String onlineLevel = "FULL";
	private List<String> applicantTypes = new ArrayList<>(List.of("CITIZEN"));
	private String description = "";
	private String conditions = "";
	private String legalBasis = "";
	private String effectiveFrom = "";
	private String effectiveTo = "";
	private List<FeeRow> fees = new ArrayList<>();
	private List<ComponentRow> components = new ArrayList<>();
	private List<ResultRow> results = new ArrayList<>();
	private List<StepRow> steps = new ArrayList<>();

	static ProcedureForm blank(String agencyCode) {
		ProcedureForm f = new ProcedureForm();
		f.agencyCode = agencyCode;
		return f.withSpareRows();
	}

	static ProcedureForm of(Procedure p) {
		ProcedureForm f = new ProcedureForm();
		f.nationalCode = p.nationalCode();
		f.agencyCode = p.agencyCode();
		f.name = p.name();
		f.field = p.field();
		f.level = p.level().name();
		f.implementingAgencies = String.join("\n", p.implementingAgencies());
		f.processingDays = p.processingDays().toPlainString();
		f.onlineLevel = p.onlineLevel().name();
		f.applicantTypes = new ArrayList<>(p.applicantTypes().stream().map(Enum::name).toList());
		f.description = p.description();
		f.conditions = p.conditions();
		f.legalBasis = String.join("\n", p.legalBasis());
		f.effectiveFrom = p.effectiveFrom().toString();
		f.effectiveTo = p.effectiveTo() == null ? "" : p.effectiveTo().toString();
		p.fees().forEach(x -> f.fees.add(new FeeRow(x.name(), Long.toString(x.amount()), x.note())));
		p.components().forEach(c -> f.components.add(new ComponentRow(c.code(), c.name(), Integer.toString(c.originals()),
				Integer.toString(c.copies()), c.mandatory(), c.templateName())));
		p.results().forEach(r -> f.results.add(new ResultRow(r.name(), r.electronic())));
		p.steps().forEach(s -> f.steps.add(new StepRow(s.name(), s.role().name(), s.unit(), s.days().toPlainString())));
		return f.withSpareRows();
	}

	/** Two empty rows under each list, for adding without script. */
	ProcedureForm withSpareRows() {
		fees.removeIf(FeeRow::isBlank);
		components.removeIf(ComponentRow::isBlank);
		results.removeIf(ResultRow::isBlank);
		steps.removeIf(StepRow::isBlank);
		for (int i = 0; i < 2; i++) {
			fees.add(new FeeRow());
			components.add(new ComponentRow());
			results.add(new ResultRow());
			steps.add(new StepRow());
		}
		return this;
	}

	/** The procedure the form describes, or every unreadable value as a field problem. */
	Procedure toProcedure() {
		List<FieldProblem> problems = new ArrayList<>();
		Parser parse = new Parser(problems);
		List<FeeRow> feeRows = fees.stream().filter(r -> !r.isBlank()).toList();
		List<ComponentRow> componentRows = components.stream().filter(r -> !r.isBlank()).toList();
		List<StepRow> stepRows = steps.stream().filter(r -> !r.isBlank()).toList();
		List<Fee> feeList = new ArrayList<>();
		for (int i = 0; i < feeRows.size(); i++) {
			FeeRow r = feeRows.get(i);
			Long amount = parse.value("fees[" + i + "].amount", r.getAmount().replace(".", "").strip(), Long::valueOf);
			feeList.add(new Fee(r.getName(), amount == null ? 0 : amount, r.getNote()));
		}
		List<Component> componentList = new ArrayList<>();
		for (int i = 0; i < componentRows.size(); i++) {
			ComponentRow r = componentRows.get(i);
			Integer originals = parse.value("components[" + i + "].originals", r.getOriginals(), Integer::valueOf);
			Integer copies = parse.value("components[" + i + "].copies", r.getCopies(), Integer::valueOf);
			componentList.add(new Component(r.getCode().strip(), r.getName(), originals == null ? 0 : originals,
					copies == null ? 0 : copies, r.isMandatory(), r.getTemplateName(), null));
		}
		List<ProcessStep> stepList = new ArrayList<>();
		for (int i = 0; i < stepRows.size(); i++) {
			StepRow r = stepRows.get(i);
			stepList.add(new ProcessStep(r.getName(), parse.value("steps[" + i + "].role", r.getRole(), Role::valueOf),
					r.getUnit(), parse.value("steps[" + i + "].days", r.getDays().replace(',', '.'), BigDecimal::new)));
		}
		Set<ApplicantType> types = EnumSet.noneOf(ApplicantType.class);
		for (String t : applicantTypes == null ? List.<String>of() : applicantTypes) {
			ApplicantType type = parse.value("applicantTypes", t, ApplicantType::valueOf);
			if (type != null) {
				types.add(type);
			}
		}
		Procedure p = new Procedure(nationalCode.strip(), agencyCode.strip(), name, field,
				parse.value("level", level, ProcedureLevel::valueOf), lines(implementingAgencies),
				parse.value("processingDays", processingDays.replace(',', '.'), BigDecimal::new),
				parse.value("onlineLevel", onlineLevel, OnlineLevel::valueOf), types, description, conditions, feeList,
				componentList, results.stream().filter(r -> !r.isBlank()).map(r -> new ResultPaper(r.getName(), r.isElectronic())).toList(),
				lines(legalBasis), parse.value("effectiveFrom", effectiveFrom, LocalDate::parse),
				parse.value("effectiveTo", effectiveTo, LocalDate::parse), stepList);
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		return p;
	}

	/**
	 * The template files chosen, or marked for removal, in the component rows; each belongs to the code
	 * typed in its row and is named by its row's field when refused.
	 */
	List<TemplateChange> templateChanges() {
		List<ComponentRow> rows = components.stream().filter(r -> !r.isBlank()).toList();
		List<TemplateChange> changes = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ComponentRow r = rows.get(i);
			String field = "components[" + i + "].templateUpload";
			if (r.hasUpload()) {
				changes.add(TemplateChange.upload(r.getCode().strip(), field, r.getTemplateUpload().getOriginalFilename(),
						bytes(r.getTemplateUpload())));
			}
			else if (r.isRemoveTemplate()) {
				changes.add(TemplateChange.removal(r.getCode().strip(), field));
			}
		}
		return changes;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** Reads typed values, noting each one that cannot be read; blank means absent. */
	private record Parser(List<FieldProblem> problems) {

		<T> T value(String field, String text, Function<String, T> reader) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return reader.apply(text.strip());
			}
			catch (IllegalArgumentException | DateTimeParseException e) {
				problems.add(new FieldProblem(field, "value.wrong-type"));
				return null;
			}
		}
	}

	// Bean accessors for form binding.
	public String getNationalCode() { return nationalCode; }
	public void setNationalCode(String v) { nationalCode = v == null ? "" : v; }
	public String getAgencyCode() { return agencyCode; }
	public void setAgencyCode(String v) { agencyCode = v == null ? "" : v; }
	public String getName() { return name; }
	public void setName(String v) { name = v == null ? "" : v; }
	public String getField() { return field; }
	public void setField(String v) { field = v == null ? "" : v; }
	public String getLevel() { return level; }
	public void setLevel(String v) { level = v; }
	public String getImplementingAgencies() { return implementingAgencies; }
	public void setImplementingAgencies(String v) { implementingAgencies = v == null ? "" : v; }
	public String getProcessingDays() { return processingDays; }
	public void setProcessingDays(String v) { processingDays = v == null ? "" : v; }
	public String getOnlineLevel() { return onlineLevel; }
	public void setOnlineLevel(String v) { onlineLevel = v; }
	public List<String> getApplicantTypes() { return applicantTypes; }
	public void setApplicantTypes(List<String> v) { applicantTypes = v == null ? new ArrayList<>() : v; }
	public String getDescription() { return description; }
	public void setDescription(String v) { description = v == null ? "" : v; }
	public String getConditions() { return conditions; }
	public void setConditions(String v) { conditions = v == null ? "" : v; }
	public String getLegalBasis() { return legalBasis; }
	public void setLegalBasis(String v) { legalBasis = v == null ? "" : v; }
	public String getEffectiveFrom() { return effectiveFrom; }
	public void setEffectiveFrom(String v) { effectiveFrom = v == null ? "" : v; }
	public String getEffectiveTo() { return effectiveTo; }
	public void setEffectiveTo(String v) { effectiveTo = v == null ? "" : v; }
	public List<FeeRow> getFees() { return fees; }
	public void setFees(List<FeeRow> v) { fees = v; }
	public List<ComponentRow> getComponents() { return components; }
	public void setComponents(List<ComponentRow> v) { components = v; }
	public List<ResultRow> getResults() { return results; }
	public void setResults(List<ResultRow> v) { results = v; }
	public List<StepRow> getSteps() { return steps; }
	public void setSteps(List<StepRow> v) { steps = v; }
}

package vn.tinhso.procedure.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencyKind;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.procedure.Procedure;

/** Publishing and editing the catalogue; every change is validated as a whole and audited. */
@Service
public class ProcedureService {

	private final Procedures procedures;
	private final AgencyDirectory agencies;
	private final AuditLog audit;
	private final ComponentTemplates templates;

	ProcedureService(Procedures procedures, AgencyDirectory agencies, AuditLog audit, ComponentTemplates templates) {
		this.procedures = procedures;
		this.agencies = agencies;
		this.audit = audit;
		this.templates = templates;
	}

	@Transactional(readOnly = true)
	public CatalogueEntry find(String code) {
		return procedures.findByCode(code).orElseThrow(() -> DomainException.notFound("procedure.not-found", code));
	}

	@Transactional
	public CatalogueEntry create(Procedure p) {
		return create(p, List.of());
	}

	/** Creates an entry with template files for some of its components, or nothing if anything is refused. */
	@Transactional
	public CatalogueEntry create(Procedure p, List<TemplateChange> changes) {
		var staged = validate(p, changes);
		if (procedures.findByCode(p.code()).isPresent()) {
			throw DomainException.conflict("procedure.code.duplicate", p.code());
		}
		templates.save(procedures.insert(p), p, staged);
		audit.record("procedure.create", "procedure", p.code(), p.name());
		return find(p.code());
	}

	/** Edits an entry; its codes cannot change because dossiers and reports refer to them. */
	@Transactional
	public CatalogueEntry update(String code, int expectedVersion, Procedure p) {
		return update(code, expectedVersion, p, List.of());
	}

	/** Edits an entry and attaches or removes component templates, all or nothing. */
	@Transactional
	public CatalogueEntry update(String code, int expectedVersion, Procedure p, List<TemplateChange> changes) {
		CatalogueEntry current = find(code);
		if (!current.code().equals(p.code())) {
			throw DomainException.invalid("procedure.code.immutable");
		}
		var staged = validate(p, changes);
		if (!procedures.update(current.id(), expectedVersion, p)) {
			throw DomainException.conflict("procedure.stale", code);
		}
		templates.save(current.id(), p, staged);
		audit.record("procedure.update", "procedure", code, p.name());
		return find(code);
	}

	@Transactional
	public CatalogueEntry setActive(String code, boolean active) {
		CatalogueEntry current = find(code);
		if (procedures.setActive(current.id(), active)) {
			audit.record(active ? "procedure.publish" : "procedure.withdraw", "procedure", code, "");
		}
		return find(code);
	}

	/**
	 * Creates or replaces every procedure in the file, or nothing: all entries are checked first and
	 * every problem is reported with the entry's position ({@code [3].steps[1].days}).
	 */
	@Transactional
	public ImportReport importAll(List<Procedure> entries) {
		if (entries == null || entries.isEmpty()) {
			throw DomainException.invalid("procedure.import.empty");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		Function<String, Optional<AgencyKind>> kinds = agencyKinds();
		for (int i = 0; i < entries.size(); i++) {
			Procedure p = entries.get(i);
			if (p == null) {
				problems.add(new FieldProblem("[" + i + "]", "value.required"));
				continue;
			}
			List<FieldProblem> found = new ArrayList<>(ProcedureRules.check(p, kinds));
			found.addAll(templates.check(p));
			for (FieldProblem fp : found) {
				problems.add(new FieldProblem("[" + i + "]." + fp.field(), fp.code(), fp.args()));
			}
			if (!codes.add(p.code())) {
				problems.add(new FieldProblem("[" + i + "].nationalCode", "procedure.code.duplicate", p.code()));
			}
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		int created = 0;
		int updated = 0;
		for (Procedure p : entries) {
			Optional<CatalogueEntry> existing = procedures.findByCode(p.code());
			if (existing.isPresent()) {
				procedures.update(existing.get().id(), existing.get().version(), p);
				templates.save(existing.get().id(), p, List.of());
				updated++;
			}
			else {
				templates.save(procedures.insert(p), p, List.of());
				created++;
			}
		}
		audit.record("procedure.import", "procedure", null, "created=" + created + " updated=" + updated);
		return new ImportReport(created, updated);
	}

	/** True when the catalogue is empty (first start loads the demo procedures). */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return procedures.count() == 0;
	}

	/** Every problem of the content, its template references and its uploads at once; the uploads stored. */
	private List<ComponentTemplates.Staged> validate(Procedure p, List<TemplateChange> changes) {
		List<FieldProblem> problems = new ArrayList<>(ProcedureRules.check(p, agencyKinds()));
		problems.addAll(templates.check(p));
		var staged = templates.stage(changes, p, problems);
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		return staged;
	}

	private Function<String, Optional<AgencyKind>> agencyKinds() {
		return code -> agencies.findByCode(code).filter(AgencySummary::active).map(AgencySummary::kind);
	}

	/** How many entries an import created and replaced. */
	public record ImportReport(int created, int updated) {
	}
}

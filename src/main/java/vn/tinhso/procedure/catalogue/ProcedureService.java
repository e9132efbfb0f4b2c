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

	ProcedureService(Procedures procedures, AgencyDirectory agencies, AuditLog audit) {
		this.procedures = procedures;
		this.agencies = agencies;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public CatalogueEntry find(String code) {
		return procedures.findByCode(code).orElseThrow(() -> DomainException.notFound("procedure.not-found", code));
	}

	@Transactional
	public CatalogueEntry create(Procedure p) {
		validate(p);
		if (procedures.findByCode(p.code()).isPresent()) {
			throw DomainException.conflict("procedure.code.duplicate", p.code());
		}
		procedures.insert(p);
		audit.record("procedure.create", "procedure", p.code(), p.name());
		return find(p.code());
	}

	/** Edits an entry; its codes cannot change because dossiers and reports refer to them. */
	@Transactional
	public CatalogueEntry update(String code, int expectedVersion, Procedure p) {
		CatalogueEntry current = find(code);
		if (!current.code().equals(p.code())) {
			throw DomainException.invalid("procedure.code.immutable");
		}
		validate(p);
		if (!procedures.update(current.id(), expectedVersion, p)) {
			throw DomainException.conflict("procedure.stale", code);
		}
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
			for (FieldProblem fp : ProcedureRules.check(p, kinds)) {
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
				updated++;
			}
			else {
				procedures.insert(p);
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

	private void validate(Procedure p) {
		List<FieldProblem> problems = ProcedureRules.check(p, agencyKinds());
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
	}

	private Function<String, Optional<AgencyKind>> agencyKinds() {
		return code -> agencies.findByCode(code).filter(AgencySummary::active).map(AgencySummary::kind);
	}

	/** How many entries an import created and replaced. */
	public record ImportReport(int created, int updated) {
	}
}

package vn.tinhso.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencyKind;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.procedure.catalogue.CatalogueEntry;
import vn.tinhso.procedure.catalogue.CatalogueQuery;
import vn.tinhso.procedure.catalogue.Procedures;

/** What other modules may ask of the catalogue. */
@Service
public class ProcedureCatalogue {

	private final Procedures procedures;
	private final AgencyDirectory agencies;

	ProcedureCatalogue(Procedures procedures, AgencyDirectory agencies) {
		this.procedures = procedures;
		this.agencies = agencies;
	}

	/** A published procedure that is in effect on {@code day}; empty otherwise. */
	@Transactional(readOnly = true)
	public Optional<Procedure> inEffect(String code, LocalDate day) {
		return procedures.findByCode(code).filter(CatalogueEntry::active).map(CatalogueEntry::procedure)
				.filter(p -> p.inEffectOn(day));
	}

	/** The published, in-effect procedures an agency receives, by name. */
	@Transactional(readOnly = true)
	public List<Procedure> implementedBy(String agencyCode, LocalDate day) {
		int pageSize = 100;
		List<Procedure> result = new ArrayList<>();
		for (int page = 0; ; page++) {
			var batch = procedures.search(new CatalogueQuery(null, null, null, agencyCode, null, false, page, pageSize), day);
			batch.forEach(e -> result.add(e.procedure()));
			if (batch.size() < pageSize) {
				break;
			}
		}
		result.sort(Comparator.comparing(Procedure::name));
		return result;
	}

	/** Whether the agency receives and processes this procedure. */
	public boolean implementedBy(Procedure procedure, String agencyCode) {
		if (procedure.implementingAgencies().contains(agencyCode)) {
			return true;
		}
		return procedure.implementedByEveryCommune() && agencies.findByCode(agencyCode).filter(AgencySummary::active)
				.map(a -> a.kind() == AgencyKind.COMMUNE || a.kind() == AgencyKind.WARD).orElse(false);
	}

	/** The agencies an applicant can choose from (every active commune and ward for a commune-level procedure). */
	@Transactional(readOnly = true)
	public List<AgencySummary> implementers(Procedure procedure) {
		if (procedure.implementedByEveryCommune()) {
			return agencies.ofKinds(List.of(AgencyKind.COMMUNE, AgencyKind.WARD));
		}
		return procedure.implementingAgencies().stream().map(agencies::findByCode).flatMap(Optional::stream)
				.filter(AgencySummary::active).toList();
	}
}

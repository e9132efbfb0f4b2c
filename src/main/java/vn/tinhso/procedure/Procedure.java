package vn.tinhso.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A procedure as published in the catalogue; also the JSON import/export shape.
 *
 * @param nationalCode code in the national procedure database ({@code 1.001193})
 * @param agencyCode the authority that publishes this catalogue entry (the province)
 * @param implementingAgencies agencies that receive and process it; empty for a commune-level
 *        procedure that every commune and ward implements
 */
public record Procedure(String nationalCode, String agencyCode, String name, String field, ProcedureLevel level,
		List<String> implementingAgencies, BigDecimal processingDays, OnlineLevel onlineLevel,
		Set<ApplicantType> applicantTypes, String description, String conditions, List<Fee> fees,
		List<Component> components, List<ResultPaper> results, List<String> legalBasis, LocalDate effectiveFrom,
		LocalDate effectiveTo, List<ProcessStep> steps) {

	/** The catalogue code: national code and agency code ({@code 1.001193.000.00.00.H27}). */
	public String code() {
		return nationalCode + "." + agencyCode;
	}

	public boolean inEffectOn(LocalDate day) {
		return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
	}

	public boolean implementedByEveryCommune() {
		return level == ProcedureLevel.COMMUNE && implementingAgencies.isEmpty();
	}
}

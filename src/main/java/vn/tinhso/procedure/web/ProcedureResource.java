package vn.tinhso.procedure.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.catalogue.CatalogueEntry;

/** A catalogue entry as the API returns it. */
record ProcedureResource(String code, boolean published, boolean inEffect, int version, OffsetDateTime updatedAt,
		Procedure procedure) {

	static ProcedureResource of(CatalogueEntry e, LocalDate today) {
		return new ProcedureResource(e.code(), e.active(), e.procedure().inEffectOn(today), e.version(), e.updatedAt(),
				e.procedure());
	}
}

package vn.tinhso.procedure.catalogue;

import java.time.OffsetDateTime;

import vn.tinhso.procedure.Procedure;

/** A stored procedure with its bookkeeping: whether it is published and its optimistic-lock version. */
public record CatalogueEntry(long id, Procedure procedure, boolean active, int version, OffsetDateTime updatedAt) {

	public String code() {
		return procedure.code();
	}
}

package vn.tinhso.directory.importing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A CSV import: {@code VALIDATING} → {@code IMPORTING} → {@code DONE}, or {@code REJECTED} with the
 * problems of every bad row (nothing imported), or {@code FAILED} on an unexpected error (nothing imported).
 */
public record ImportJob(long id, String kind, String status, String fileName, int totalRows, int doneRows,
		List<RowProblem> problems, String createdBy, OffsetDateTime createdAt, OffsetDateTime finishedAt) {

	public boolean finished() {
		return finishedAt != null;
	}

	public int percent() {
		return totalRows == 0 ? (finished() ? 100 : 0) : Math.min(100, doneRows * 100 / totalRows);
	}
}

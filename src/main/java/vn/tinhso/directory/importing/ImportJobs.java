package vn.tinhso.directory.importing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Import jobs, updated outside the import's own transaction so progress is visible while it runs. */
@Repository
class ImportJobs {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ImportJobs(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long create(String kind, String fileName, String createdBy) {
		return jdbc.sql("insert into import_job (kind, status, file_name, created_by) values (?, 'VALIDATING', ?, ?) returning id")
				.params(kind, fileName, createdBy).query(Long.class).single();
	}

	void progress(long id, String status, int total, int done) {
		jdbc.sql("update import_job set status = ?, total_rows = ?, done_rows = ? where id = ?")
				.params(status, total, done, id).update();
	}

	void finish(long id, String status, List<RowProblem> problems) {
		jdbc.sql("update import_job set status = ?, errors = ?, finished_at = now() where id = ?")
				.params(status, json.writeValueAsString(problems), id).update();
	}

	Optional<ImportJob> find(long id) {
		return jdbc.sql("select * from import_job where id = ?").param(id).query((rs, i) -> new ImportJob(
				rs.getLong("id"), rs.getString("kind"), rs.getString("status"), rs.getString("file_name"),
				rs.getInt("total_rows"), rs.getInt("done_rows"),
				json.readValue(rs.getString("errors"), new TypeReference<List<RowProblem>>() {
				}), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("finished_at", OffsetDateTime.class))).optional();
	}
}

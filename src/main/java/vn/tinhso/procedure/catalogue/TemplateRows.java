package vn.tinhso.procedure.catalogue;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.procedure.TemplateFile;

/** The component_template table; {@link Procedures} reads it with each entry. */
@Repository
class TemplateRows {

	private final JdbcClient jdbc;

	TemplateRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void put(long procedureId, String componentCode, TemplateFile file) {
		jdbc.sql("""
				insert into component_template (procedure_id, component_code, sha256, file_name, media_type)
				values (?, ?, ?, ?, ?)
				on conflict (procedure_id, component_code) do update set sha256 = excluded.sha256,
				  file_name = excluded.file_name, media_type = excluded.media_type, updated_at = now()""")
				.params(procedureId, componentCode, file.sha256(), file.fileName(), file.mediaType()).update();
	}

	boolean delete(long procedureId, String componentCode) {
		return jdbc.sql("delete from component_template where procedure_id = ? and component_code = ?")
				.params(procedureId, componentCode).update() > 0;
	}

	/** Drops the templates of components the procedure no longer has. */
	void keepOnly(long procedureId, Collection<String> componentCodes) {
		jdbc.sql("delete from component_template where procedure_id = ? and not (component_code = any (?))")
				.params(procedureId, componentCodes.toArray(String[]::new)).update();
	}
}

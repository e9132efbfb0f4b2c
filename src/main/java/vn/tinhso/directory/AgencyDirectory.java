package vn.tinhso.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to the agency tree for every module. */
@Service
public class AgencyDirectory {

	private static final String SELECT = """
			select a.id, a.code, a.name, a.short_name, a.abbreviation, a.kind, p.code as parent_code, a.active
			from agency a left join agency p on p.id = a.parent_id""";

	private final JdbcClient jdbc;

	AgencyDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AgencySummary> findByCode(String code) {
		return jdbc.sql(SELECT + " where a.code = ?").param(code).query(AgencyDirectory::summary).optional();
	}

	public Optional<AgencySummary> findById(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AgencyDirectory::summary).optional();
	}

	/** The agency and everything below it. */
	public List<AgencySummary> subtree(long id) {
		return jdbc.sql(SELECT + " where a.path like (select path from agency where id = ?) || '%' order by a.code")
				.param(id).query(AgencyDirectory::summary).list();
	}

	private static AgencySummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AgencySummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				rs.getString("short_name"), rs.getString("abbreviation"), AgencyKind.valueOf(rs.getString("kind")),
				rs.getString("parent_code"), rs.getBoolean("active"));
	}
}

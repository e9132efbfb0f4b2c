package vn.tinhso.directory.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.directory.AgencyKind;

/** The agency table. */
@Repository
public class Agencies {

	static final String SELECT = """
			select a.*, p.code as parent_code from agency a left join agency p on p.id = a.parent_id""";

	private final JdbcClient jdbc;

	Agencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AgencyRecord> findByCode(String code) {
		return jdbc.sql(SELECT + " where a.code = ?").param(code).query(Agencies::row).optional();
	}

	public Optional<AgencyRecord> findRoot() {
		return jdbc.sql(SELECT + " where a.parent_id is null").query(Agencies::row).optional();
	}

	public Optional<AgencyRecord> findById(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Agencies::row).optional();
	}

	/** The agency and everything below it, in tree order. */
	public List<AgencyRecord> subtree(long id) {
		return jdbc.sql(SELECT + " where a.path like (select path from agency where id = ?) || '%' order by a.path")
				.param(id).query(Agencies::row).list();
	}

	public List<AgencyRecord> activeOfKinds(List<String> kinds) {
		return jdbc.sql(SELECT + " where a.active and a.kind in (:kinds) order by a.name").param("kinds", kinds)
				.query(Agencies::row).list();
	}

	public boolean exists(String code) {
		return jdbc.sql("select exists (select 1 from agency where code = ?)").param(code).query(Boolean.class).single();
	}

	public boolean rootExists() {
		return jdbc.sql("select exists (select 1 from agency where parent_id is null)").query(Boolean.class).single();
	}

	public long count() {
		return jdbc.sql("select count(*) from agency").query(Long.class).single();
	}

	public List<AgencyRecord> search(AgencyQuery q) {
		return jdbc.sql(SELECT + " " + AgencyQuery.WHERE + " order by a.path, a.code limit ? offset ?")
				.params(q.whereParams()).param(q.size()).param(q.offset())
				.query(Agencies::row).list();
	}

	public long countMatching(AgencyQuery q) {
		return jdbc.sql("select count(*) from agency a left join agency p on p.id = a.parent_id " + AgencyQuery.WHERE)
				.params(q.whereParams()).query(Long.class).single();
	}

	long insert(AgencyDraft d, AgencyRecord parent) {
		long id = jdbc.sql("""
				insert into agency (code, parent_id, path, name, short_name, abbreviation, kind, address, phone, email)
				values (?, ?, '', ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(d.code(), parent == null ? null : parent.id(), d.name(), d.shortName(), d.abbreviation(),
						d.kind(), d.address(), d.phone(), d.email())
				.query(Long.class).single();
		String path = (parent == null ? "/" : parent.path()) + id + "/";
		jdbc.sql("update agency set path = ? where id = ?").params(path, id).update();
		return id;
	}

	/** Updates the editable fields; false when the row changed since {@code expectedVersion} was read. */
	boolean update(long id, int expectedVersion, AgencyDraft d, Long parentId) {
		return jdbc.sql("""
				update agency set name = ?, short_name = ?, abbreviation = ?, kind = ?, address = ?, phone = ?, email = ?,
				  parent_id = ?, updated_at = now(), version = version + 1
				where id = ? and version = ?""")
				.params(d.name(), d.shortName(), d.abbreviation(), d.kind(), d.address(), d.phone(), d.email(), parentId,
						id, expectedVersion)
				.update() == 1;
	}

	/** Re-roots the paths of a moved subtree. */
	void movePaths(String oldPrefix, String newPrefix) {
		jdbc.sql("update agency set path = ? || substr(path, ?) where path like ? || '%'")
				.params(newPrefix, oldPrefix.length() + 1, oldPrefix).update();
	}

	void setActive(long id, boolean active) {
		jdbc.sql("update agency set active = ?, updated_at = now(), version = version + 1 where id = ?")
				.params(active, id).update();
	}

	long countActiveChildren(long id) {
		return jdbc.sql("select count(*) from agency where parent_id = ? and active").param(id).query(Long.class).single();
	}

	static AgencyRecord row(ResultSet rs, int i) throws SQLException {
		return new AgencyRecord(rs.getLong("id"), rs.getString("code"), (Long) rs.getObject("parent_id"),
				rs.getString("parent_code"), rs.getString("path"), rs.getString("name"), rs.getString("short_name"),
				rs.getString("abbreviation"), AgencyKind.valueOf(rs.getString("kind")), rs.getString("address"),
				rs.getString("phone"), rs.getString("email"), rs.getBoolean("active"),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
	}
}

package vn.tinhso.feedback.category;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The category table. */
@Repository
public class ReportCategories {

	private final JdbcClient jdbc;

	ReportCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Category> find(String code) {
		return jdbc.sql("select * from feedback_category where code = ?").param(code).query(ReportCategories::row).optional();
	}

	/** Every category (or only the active ones), by group and name. */
	public List<Category> all(boolean activeOnly) {
		return jdbc.sql("select * from feedback_category where active or not ? order by group_name, name_vi")
				.param(activeOnly).query(ReportCategories::row).list();
	}

	boolean insert(Category c) {
		return jdbc.sql("""
				insert into feedback_category (code, name_vi, name_en, description, keywords, group_name, responsible_kind,
				  default_agency_code, active) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing""")
				.params(c.code(), c.nameVi(), c.nameEn(), c.description(), c.keywords(), c.group(), c.responsibleKind(),
						c.defaultAgencyCode(), c.active())
				.update() == 1;
	}

	boolean update(Category c) {
		return jdbc.sql("""
				update feedback_category set name_vi = ?, name_en = ?, description = ?, keywords = ?, group_name = ?,
				  responsible_kind = ?, default_agency_code = ?, active = ?, updated_at = now() where code = ?""")
				.params(c.nameVi(), c.nameEn(), c.description(), c.keywords(), c.group(), c.responsibleKind(),
						c.defaultAgencyCode(), c.active(), c.code())
				.update() == 1;
	}

	private static Category row(ResultSet rs, int i) throws SQLException {
		return new Category(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
				rs.getString("description"), rs.getString("keywords"), rs.getString("group_name"),
				rs.getString("responsible_kind"), rs.getString("default_agency_code"), rs.getBoolean("active"));
	}
}

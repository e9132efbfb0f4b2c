package vn.tinhso.procedure.catalogue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.platform.VietnameseText;
import vn.tinhso.procedure.ApplicantType;
import vn.tinhso.procedure.Component;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcessStep;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.ResultPaper;
import vn.tinhso.procedure.TemplateFile;

/** The procedure table, its implementing agencies and its components' template files. */
@Repository
public class Procedures {

	private static final String SELECT = """
			select p.*, coalesce((select array_agg(pa.agency_code order by pa.agency_code) from procedure_agency pa
			                      where pa.procedure_id = p.id), '{}') as implementers,
			  coalesce((select jsonb_object_agg(t.component_code, jsonb_build_object('sha256', t.sha256,
			                      'fileName', t.file_name, 'mediaType', t.media_type))
			            from component_template t where t.procedure_id = p.id), '{}') as templates
			from procedure p""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Procedures(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<CatalogueEntry> findByCode(String code) {
		return jdbc.sql(SELECT + " where p.code = ?").param(code).query(this::row).optional();
	}

	public List<CatalogueEntry> search(CatalogueQuery q, LocalDate today) {
		return jdbc.sql(SELECT + q.where() + " order by p.field, p.name, p.code limit ? offset ?")
				.params(q.params(today)).param(q.size()).param(q.offset()).query(this::row).list();
	}

	public long countMatching(CatalogueQuery q, LocalDate today) {
		return jdbc.sql("select count(*) from procedure p" + q.where()).params(q.params(today)).query(Long.class).single();
	}

	/** Every entry, for export. */
	public List<CatalogueEntry> all() {
		return jdbc.sql(SELECT + " order by p.code").query(this::row).list();
	}

	/** Fields in use by published entries, for the search filter. */
	public List<String> fields() {
		return jdbc.sql("select distinct field from procedure where active order by field").query(String.class).list();
	}

	/** Agencies named as implementers of a published entry, for the search filter. */
	public List<String> implementingAgencyCodes() {
		return jdbc.sql("""
				select distinct pa.agency_code from procedure_agency pa join procedure p on p.id = pa.procedure_id
				where p.active order by pa.agency_code""").query(String.class).list();
	}

	long count() {
		return jdbc.sql("select count(*) from procedure").query(Long.class).single();
	}

	long insert(Procedure p) {
		long id = jdbc.sql("""
				insert into procedure (code, national_code, agency_code, name, field, level, processing_days, online_level,
				  applicant_types, description, conditions, fees, components, results, legal_basis, steps,
				  effective_from, effective_to, search_text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb),
				        cast(? as jsonb), cast(? as jsonb), ?, ?, ?) returning id""")
				.params(p.code(), p.nationalCode(), p.agencyCode(), p.name().strip(), p.field().strip(), p.level().name(),
						p.processingDays(), p.onlineLevel().name(), types(p.applicantTypes()), text(p.description()),
						text(p.conditions()), json.writeValueAsString(list(p.fees())),
						json.writeValueAsString(withoutTemplates(p.components())), json.writeValueAsString(p.results()), json.writeValueAsString(p.legalBasis()),
						json.writeValueAsString(p.steps()), p.effectiveFrom(), p.effectiveTo(), searchText(p))
				.query(Long.class).single();
		insertImplementers(id, p);
		return id;
	}

	/** Replaces the content; false when the row changed since {@code expectedVersion} was read. */
	boolean update(long id, int expectedVersion, Procedure p) {
		int rows = jdbc.sql("""
				update procedure set name = ?, field = ?, level = ?, processing_days = ?, online_level = ?,
				  applicant_types = ?, description = ?, conditions = ?, fees = cast(? as jsonb), components = cast(? as jsonb),
				  results = cast(? as jsonb), legal_basis = cast(? as jsonb), steps = cast(? as jsonb), effective_from = ?,
				  effective_to = ?, search_text = ?, updated_at = now(), version = version + 1
				where id = ? and version = ?""")
				.params(p.name().strip(), p.field().strip(), p.level().name(), p.processingDays(), p.onlineLevel().name(),
						types(p.applicantTypes()), text(p.description()), text(p.conditions()),
						json.writeValueAsString(list(p.fees())), json.writeValueAsString(withoutTemplates(p.components())),
						json.writeValueAsString(p.results()), json.writeValueAsString(p.legalBasis()),
						json.writeValueAsString(p.steps()), p.effectiveFrom(), p.effectiveTo(), searchText(p), id,
						expectedVersion)
				.update();
		if (rows == 0) {
			return false;
		}
		jdbc.sql("delete from procedure_agency where procedure_id = ?").param(id).update();
		insertImplementers(id, p);
		return true;
	}

	/** A new version without a content change (a template file attached or removed). */
	void touch(long id) {
		jdbc.sql("update procedure set updated_at = now(), version = version + 1 where id = ?").param(id).update();
	}

	boolean setActive(long id, boolean active) {
		return jdbc.sql("update procedure set active = ?, updated_at = now(), version = version + 1 where id = ? and active <> ?")
				.params(active, id, active).update() > 0;
	}

	private void insertImplementers(long id, Procedure p) {
		for (String code : p.implementingAgencies()) {
			jdbc.sql("insert into procedure_agency (procedure_id, agency_code) values (?, ?)").params(id, code).update();
		}
	}

	/** The component_template table is where template files are recorded, not the components column. */
	private static List<Component> withoutTemplates(List<Component> components) {
		return components.stream().map(c -> c.withTemplateFile(null)).toList();
	}

	private static String searchText(Procedure p) {
		return VietnameseText.fold(p.code() + " " + p.name() + " " + p.field());
	}

	private static String types(Set<ApplicantType> types) {
		return types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	private static String text(String s) {
		return s == null ? "" : s.strip();
	}

	private static <T> List<T> list(List<T> l) {
		return l == null ? List.of() : l;
	}

	private CatalogueEntry row(ResultSet rs, int i) throws SQLException {
		Set<ApplicantType> types = EnumSet.noneOf(ApplicantType.class);
		Arrays.stream(rs.getString("applicant_types").split(",")).map(ApplicantType::valueOf).forEach(types::add);
		Procedure p = new Procedure(rs.getString("national_code"), rs.getString("agency_code"), rs.getString("name"),
				rs.getString("field"), ProcedureLevel.valueOf(rs.getString("level")),
				List.of((String[]) rs.getArray("implementers").getArray()), wholeOrHalf(rs.getBigDecimal("processing_days")),
				OnlineLevel.valueOf(rs.getString("online_level")), types, rs.getString("description"),
				rs.getString("conditions"), read(rs, "fees", new TypeReference<List<Fee>>() {
				}), components(rs), read(rs, "results", new TypeReference<List<ResultPaper>>() {
				}), read(rs, "legal_basis", new TypeReference<List<String>>() {
				}), rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
				read(rs, "steps", new TypeReference<List<ProcessStep>>() {
				}));
		return new CatalogueEntry(rs.getLong("id"), p, rs.getBoolean("active"), rs.getInt("version"),
				rs.getObject("updated_at", OffsetDateTime.class));
	}

	private List<Component> components(ResultSet rs) throws SQLException {
		Map<String, TemplateFile> templates = read(rs, "templates", new TypeReference<Map<String, TemplateFile>>() {
		});
		return read(rs, "components", new TypeReference<List<Component>>() {
		}).stream().map(c -> c.withTemplateFile(templates.get(c.code()))).toList();
	}

	/** 3.0 → 3 and 2.5 → 2.5, never 3E+1. */
	private static BigDecimal wholeOrHalf(BigDecimal days) {
		BigDecimal stripped = days.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private <T> T read(ResultSet rs, String column, TypeReference<T> type) throws SQLException {
		return json.readValue(rs.getString(column), type);
	}
}

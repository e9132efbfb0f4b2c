package vn.tinhso.document.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.document.core.Direction;
import vn.tinhso.platform.ProvinceTime;

/**
 * Reads a register's documents in order and hands each row to a sink as it arrives: the rows come through a
 * database cursor (a fetch size inside the caller's transaction), so a register of any length is printed
 * without holding it in memory.
 */
@Component
class RegisterRows {

	private static final int FETCH_SIZE = 500;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Map<String, String> URGENCY = Map.of("KHAN", "Khẩn", "THUONG_KHAN", "Thượng khẩn", "HOA_TOC",
			"Hỏa tốc");
	private static final Map<String, String> SECRECY = Map.of("MAT", "Mật", "TOI_MAT", "Tối mật", "TUYET_MAT", "Tuyệt mật");

	/** Incoming: by arrival number; the units and people it was given to (leads first) are its receivers. */
	private static final String INCOMING = """
			select d.number, d.arrived_at, d.issuer_name, d.notation, d.issued_on, t.name as type_name, d.subject,
			  d.urgency, d.confidentiality, d.due_on,
			  coalesce((select string_agg(a.assignee_name, '; ' order by case a.kind when 'LEAD' then 0 when 'COOPERATE' then 1
			                                                               else 2 end, a.id)
			            from document_assignment a where a.document_id = d.id and a.parent_id is null), '') as receivers
			from document d
			join document_register r on r.id = d.register_id
			join document_type t on t.code = d.type_code
			where r.agency_code = :agency and r.direction = 'IN' and r.secret = :secret and d.direction = 'IN'
			  and d.year = :year
			order by d.number
			""";

	/**
	 * Outgoing: in the order the clerk issued them (numbers run per type, so the issuing order is the register's
	 * order); recipients and the number of copies sent come from the recipient list.
	 */
	private static final String OUTGOING = """
			select d.notation, d.issued_on, t.name as type_name, d.subject, d.signer_name, d.drafting_unit, d.urgency,
			  d.confidentiality, coalesce(acc.display_name, '') as drafter,
			  coalesce((select string_agg(p.name, '; ' order by p.id) from document_recipient p where p.document_id = d.id), '')
			    as recipients,
			  (select count(*) from document_recipient p where p.document_id = d.id) as copies
			from document d
			join document_register r on r.id = d.register_id
			join document_type t on t.code = d.type_code
			left join account acc on acc.id = d.created_by
			where r.agency_code = :agency and r.direction = 'OUT' and r.secret = :secret and d.direction = 'OUT'
			  and d.year = :year and d.number is not null
			order by d.issued_on,
			  (select min(e.id) from document_event e where e.document_id = d.id and e.action = 'ISSUE'), d.number, d.id
			""";

	private final JdbcClient jdbc;

	RegisterRows(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
	}

	/** Sends every row of the register to the sink; call inside a (read-only) transaction so the cursor streams. */
	void each(RegisterSpec spec, RegisterSink sink) {
		boolean in = spec.direction() == Direction.IN;
		jdbc.sql(in ? INCOMING : OUTGOING).param("agency", spec.agencyCode()).param("secret", spec.secret())
				.param("year", (short) spec.year()).query((RowCallbackHandler) rs -> {
					try {
						sink.row(in ? incoming(rs) : outgoing(rs));
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
	}

	private static List<Object> incoming(ResultSet rs) throws SQLException {
		OffsetDateTime arrived = rs.getObject("arrived_at", OffsetDateTime.class);
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		List<String> notes = marks(rs);
		if (due != null) {
			notes.add("Hạn xử lý " + DAY.format(due));
		}
		return Arrays.asList(rs.getInt("number"),
				arrived == null ? null : arrived.atZoneSameInstant(ProvinceTime.ZONE).toLocalDate(),
				rs.getString("issuer_name"), rs.getString("notation"), rs.getObject("issued_on", LocalDate.class),
				typeAndSubject(rs), rs.getString("receivers"), "", String.join("; ", notes));
	}

	private static List<Object> outgoing(ResultSet rs) throws SQLException {
		return Arrays.asList(rs.getString("notation"), rs.getObject("issued_on", LocalDate.class), typeAndSubject(rs),
				rs.getString("signer_name"), rs.getString("recipients"),
				keeper(rs.getString("drafting_unit"), rs.getString("drafter")), rs.getInt("copies"),
				String.join("; ", marks(rs)));
	}

	/** Who keeps the file copy: the drafting unit and the person who drafted it, as far as they are known. */
	private static String keeper(String unit, String drafter) {
		boolean hasUnit = unit != null && !unit.isBlank();
		if (drafter.isEmpty()) {
			return hasUnit ? unit : "";
		}
		return hasUnit ? unit + " — " + drafter : drafter;
	}

	/** "Quyết định: Ban hành …": the kind of document without "(cá biệt)", then the subject. */
	private static String typeAndSubject(ResultSet rs) throws SQLException {
		String type = rs.getString("type_name").replaceFirst("\\s*\\(.*\\)$", "");
		return type + ": " + rs.getString("subject");
	}

	/** Urgency and confidentiality in words, when they are not ordinary. */
	private static List<String> marks(ResultSet rs) throws SQLException {
		List<String> notes = new ArrayList<>();
		String urgency = URGENCY.get(rs.getString("urgency"));
		if (urgency != null) {
			notes.add(urgency);
		}
		String secrecy = SECRECY.get(rs.getString("confidentiality"));
		if (secrecy != null) {
			notes.add(secrecy);
		}
		return notes;
	}
}

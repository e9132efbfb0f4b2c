package vn.tinhso.dossier.core;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.platform.ProvinceTime;

/**
 * Monthly figures per agency and procedure, the inputs of the Decision 766 index and the IOC:
 * received, online and fully-online shares, on-time rate, refused, results returned electronically,
 * and what is overdue right now.
 */
@Service
public class DossierFigures {


	private final JdbcClient jdbc;
	private final Clock clock;

	DossierFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The month's rows, one per agency and procedure, optionally for one agency only. */
	@Transactional(readOnly = true)
	public List<FigureRow> month(YearMonth month, String agencyCode) {
		OffsetDateTime from = month.atDay(1).atStartOfDay(ProvinceTime.ZONE).toOffsetDateTime();
		OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(ProvinceTime.ZONE).toOffsetDateTime();
		OffsetDateTime now = OffsetDateTime.now(clock);
		return jdbc.sql("""
				select agency_code, procedure_code, max(procedure_name) as procedure_name,
				  count(*) filter (where received_at >= :from and received_at < :to) as received,
				  count(*) filter (where received_at >= :from and received_at < :to and channel = 2) as online,
				  count(*) filter (where received_at >= :from and received_at < :to and channel = 2
				                   and s.body ->> 'onlineLevel' = 'FULL') as fully_online,
				  count(*) filter (where processed_at >= :from and processed_at < :to) as processed,
				  count(*) filter (where processed_at >= :from and processed_at < :to and on_time) as on_time,
				  count(*) filter (where (status = 3 and submitted_at >= :from and submitted_at < :to)
				                      or (outcome = 'REFUSED' and processed_at >= :from and processed_at < :to)) as refused,
				  count(*) filter (where returned_at >= :from and returned_at < :to and result_electronic) as returned_electronically,
				  count(*) filter (where status in (2, 4, 6) and due_at < :now) as overdue_now
				from dossier d join dossier_procedure_snapshot s on s.id = d.snapshot_id
				where (cast(:agency as text) is null or agency_code = :agency)
				  and ((received_at >= :from and received_at < :to) or (processed_at >= :from and processed_at < :to)
				       or (returned_at >= :from and returned_at < :to) or (submitted_at >= :from and submitted_at < :to)
				       or (status in (2, 4, 6) and due_at < :now))
				group by agency_code, procedure_code
				order by agency_code, procedure_code""")
				.param("from", from).param("to", to).param("now", now).param("agency", agencyCode)
				.query((rs, i) -> new FigureRow(rs.getString("agency_code"), rs.getString("procedure_code"),
						rs.getString("procedure_name"), rs.getLong("received"), rs.getLong("online"),
						rs.getLong("fully_online"), rs.getLong("processed"), rs.getLong("on_time"), rs.getLong("refused"),
						rs.getLong("returned_electronically"), rs.getLong("overdue_now")))
				.list();
	}

	public static FigureRow total(List<FigureRow> rows) {
		return rows.stream().reduce(FigureRow.zero(), FigureRow::plus);
	}
}

package vn.tinhso.feedback.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.feedback.FeedbackEscalated;
import vn.tinhso.feedback.category.Category;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.platform.ProvinceTime;

/**
 * Escalates reports past their deadline: still unverified after the refusal deadline (to the IOC), or
 * accepted and unresolved after the resolution deadline (to the agency's leaders and the IOC). Each
 * report is escalated once per deadline (a reopened report's new deadline counts again); the history
 * keeps an internal ESCALATE entry. Reports waiting for the reporter's information are not overdue.
 */
@Service
public class ReportEscalation {

	/** The advisory lock key ("FBESC"): one run at a time across every node sharing the database. */
	private static final long LOCK = 0x4642455343L;
	private static final int BATCH = 200;
	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final JdbcClient jdbc;
	private final FieldReports reports;
	private final ReportCategories categories;
	private final AgencyDirectory agencies;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	ReportEscalation(JdbcClient jdbc, FieldReports reports, ReportCategories categories, AgencyDirectory agencies,
			ApplicationEventPublisher publisher, Clock clock) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.categories = categories;
		this.agencies = agencies;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Escalates what is overdue now; returns how many escalations were recorded (0 if another run holds the lock). */
	@Transactional
	public int escalateOverdue() {
		if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
			return 0;
		}
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		int done = 0;
		List<Overdue> batch;
		do {
			batch = overdue(now);
			for (Overdue o : batch) {
				escalate(o, now);
				done++;
			}
		}
		while (batch.size() == BATCH);
		return done;
	}

	private record Overdue(Report report, String kind, OffsetDateTime dueAt) {
	}

	private List<Overdue> overdue(OffsetDateTime now) {
		return jdbc.sql("""
				select r.*, 'REFUSE' as due_kind, r.refuse_due_at as due from feedback_report r
				where r.status = 'SUBMITTED' and r.refuse_due_at < ? and not exists (select 1 from feedback_escalation e
				  where e.report_id = r.id and e.due_kind = 'REFUSE' and e.due_at = r.refuse_due_at)
				union all
				select r.*, 'RESOLVE' as due_kind, r.resolve_due_at as due from feedback_report r
				where r.status in ('VERIFIED', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED') and r.resolve_due_at < ?
				  and not exists (select 1 from feedback_escalation e
				  where e.report_id = r.id and e.due_kind = 'RESOLVE' and e.due_at = r.resolve_due_at)
				limit ?""")
				.params(now, now, BATCH)
				.query((rs, i) -> new Overdue(FieldReports.row(rs, i), rs.getString("due_kind"),
						rs.getObject("due", OffsetDateTime.class)))
				.list();
	}

	private void escalate(Overdue o, OffsetDateTime now) {
		Report r = o.report();
		jdbc.sql("insert into feedback_escalation (report_id, due_kind, due_at, escalated_at) values (?, ?, ?, ?)")
				.params(r.id(), o.kind(), o.dueAt(), now).update();
		String due = DUE.format(o.dueAt().atZoneSameInstant(ProvinceTime.ZONE));
		String note = ("REFUSE".equals(o.kind()) ? "Quá hạn xác minh (hạn " : "Quá hạn giải quyết (hạn ") + due
				+ "): đã báo lãnh đạo cơ quan và IOC.";
		reports.append(r.id(), new ReportEvent(0, now, null, "Hệ thống", Action.ESCALATE, r.status(), r.status(),
				r.agencyCode(), note, false, false));
		String category = categories.find(r.categoryCode()).map(Category::nameVi).orElse(r.categoryCode());
		String agency = r.agencyCode() == null ? "IOC"
				: agencies.findByCode(r.agencyCode()).map(AgencySummary::name).orElse(r.agencyCode());
		publisher.publishEvent(new FeedbackEscalated(r.code(), category, agency, o.kind(), o.dueAt(), recipients(r),
				"/feedback/reports/" + r.code(), "feedback-escalation/" + r.id() + "/" + o.kind() + "/"
						+ o.dueAt().toInstant().toEpochMilli()));
	}

	/** The agency's leaders (when assigned) and every IOC operator, by e-mail address. */
	private List<String> recipients(Report r) {
		return jdbc.sql("""
				select distinct acc.email from official_role o
				join agency a on a.id = o.agency_id
				join account acc on acc.id = o.account_id and acc.active
				where coalesce(acc.email, '') <> ''
				  and (o.role = 'IOC_OPERATOR' or (o.role = 'LEADER' and a.code = ?))
				order by acc.email""")
				.param(r.agencyCode()).query(String.class).list();
	}
}

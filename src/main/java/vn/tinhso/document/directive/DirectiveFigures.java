package vn.tinhso.document.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.directory.RoleGrant;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;

/**
 * Completion figures per lead unit, for the leaders and clerks of an issuing agency (they are the ones who
 * follow its directives); later read by the IOC. Counted in one grouped query over the period's directives.
 */
@Service
public class DirectiveFigures {

	private final DirectiveAccess access;
	private final StaffAccess staff;
	private final JdbcClient jdbc;
	private final Clock clock;

	DirectiveFigures(DirectiveAccess access, StaffAccess staff, JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.staff = staff;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The figures of {@code agencyCode} (by default the first agency where the official is a leader or clerk)
	 * for directives recorded between {@code from} and {@code to} (by default the current year).
	 */
	@Transactional(readOnly = true)
	public FiguresReport of(Actor actor, String agencyCode, LocalDate from, LocalDate to) {
		String agency = agencyCode == null || agencyCode.isBlank() ? defaultAgency(actor) : agencyCode.strip();
		if (agency == null || !access.oversees(actor, agency)) {
			throw DomainException.forbidden("directive.figures.forbidden", agency == null ? "" : agency);
		}
		LocalDate today = LocalDate.now(clock.withZone(ProvinceTime.ZONE));
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? today.withDayOfYear(today.lengthOfYear()) : to;
		if (end.isBefore(start)) {
			DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
			throw DomainException.invalid("directive.figures.range", day.format(start), day.format(end));
		}
		List<UnitFigures> units = jdbc.sql("""
				select d.lead_code, min(d.lead_name) as lead_name,
				  count(*) filter (where d.status <> 'CANCELLED') as assigned,
				  count(*) filter (where d.status = 'DONE' and d.completed_on <= d.due_on) as on_time,
				  count(*) filter (where d.status = 'DONE' and d.completed_on > d.due_on) as late,
				  count(*) filter (where d.status = 'OPEN' and d.due_on >= :today) as open_not_due,
				  count(*) filter (where d.status = 'OPEN' and d.due_on < :today) as overdue,
				  count(*) filter (where d.status = 'CANCELLED') as cancelled
				from directive d
				join agency issuer on issuer.code = d.agency_code
				where issuer.path like (select path from agency where code = :agency) || '%'
				  and d.created_on between :from and :to
				group by d.lead_code order by min(d.lead_name), d.lead_code""")
				.param("today", today).param("agency", agency).param("from", start).param("to", end)
				.query((rs, i) -> UnitFigures.of(rs.getString("lead_code"), rs.getString("lead_name"), rs.getLong("assigned"),
						rs.getLong("on_time"), rs.getLong("late"), rs.getLong("open_not_due"), rs.getLong("overdue"),
						rs.getLong("cancelled")))
				.list();
		UnitFigures total = UnitFigures.of(agency, "", sum(units, UnitFigures::assigned), sum(units, UnitFigures::doneOnTime),
				sum(units, UnitFigures::doneLate), sum(units, UnitFigures::openNotDue), sum(units, UnitFigures::overdue),
				sum(units, UnitFigures::cancelled));
		return new FiguresReport(agency, start, end, today, units, total);
	}

	/** The agencies whose figures the official may read (leader or clerk there), by code, once each. */
	public List<RoleGrant> agenciesOf(Actor actor) {
		if (!actor.isOfficial()) {
			return List.of();
		}
		return staff.grants(actor.accountId()).stream().filter(g -> DirectiveAccess.OVERSEERS.contains(g.role()))
				.filter(distinctBy()).toList();
	}

	private String defaultAgency(Actor actor) {
		return agenciesOf(actor).stream().map(RoleGrant::agencyCode).findFirst().orElse(null);
	}

	private static Predicate<RoleGrant> distinctBy() {
		Set<String> seen = new HashSet<>();
		return g -> seen.add(g.agencyCode());
	}

	private static long sum(List<UnitFigures> units, ToLongFunction<UnitFigures> field) {
		return units.stream().mapToLong(field).sum();
	}
}

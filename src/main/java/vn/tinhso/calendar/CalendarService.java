package vn.tinhso.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/**
 * The province's working calendar as stored: each year pre-filled from the Labour Code rules on first
 * use, then adjusted by administrators. Every module computes deadlines with {@link #workingTime()}.
 */
@Service
@org.springframework.boot.context.properties.EnableConfigurationProperties(CalendarProperties.class)
public class CalendarService {

	static final int FIRST_YEAR = 1901;
	static final int LAST_YEAR = 2099;
	/** Years stored (and adjustable) around the current one; the rules answer for the others. */
	static final int PREFILL_PAST = 30;
	static final int PREFILL_FUTURE = 10;

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final AgencyDirectory agencies;
	private final RestDayRows restDayRows;
	private final WorkingHours hours;
	/**
	 * One working-time per set of rest days; dropped after a change commits here, and rebuilt at least
	 * every minute so that changes made on another application node are seen too.
	 */
	private final TransactionTemplate prefillTransaction;
	private final Map<Set<DayOfWeek>, WorkingTime> byRestDays = new ConcurrentHashMap<>();
	private volatile long builtAt = System.nanoTime();
	private static final long REFRESH_NANOS = 60_000_000_000L;

	CalendarService(JdbcClient jdbc, AuditLog audit, AgencyDirectory agencies, RestDayRows restDayRows,
			CalendarProperties properties, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.restDayRows = restDayRows;
		this.prefillTransaction = new TransactionTemplate(transactions);
		this.prefillTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.audit = audit;
		this.agencies = agencies;
		this.hours = properties.hours();
	}

	/** Deadline arithmetic with the stored calendar, Saturday and Sunday off, and the province's office hours. */
	public WorkingTime workingTime() {
		return workingTime(WorkingCalendar.WEEKEND);
	}

	/** Deadline arithmetic for one agency, with its own weekly rest days if it has any. */
	public WorkingTime workingTimeOf(String agencyCode) {
		return workingTime(restDays(agencyCode));
	}

	private WorkingTime workingTime(Set<DayOfWeek> restDays) {
		if (System.nanoTime() - builtAt > REFRESH_NANOS) {
			byRestDays.clear();
			builtAt = System.nanoTime();
		}
		return byRestDays.computeIfAbsent(restDays,
				days -> new WorkingTime(new WorkingCalendar(days, this::year), hours));
	}

	/** The agency's weekly rest days (Saturday and Sunday unless set). */
	public Set<DayOfWeek> restDays(String agencyCode) {
		return restDayRows.find(agencyCode).orElse(WorkingCalendar.WEEKEND);
	}

	/**
	 * Sets an agency's weekly rest days (at most two, so that at least five days a week are worked); setting
	 * Saturday and Sunday is the same as {@link #resetRestDays(String)}.
	 */
	@Transactional
	public Set<DayOfWeek> setRestDays(String agencyCode, List<String> days) {
		requireAgency(agencyCode);
		Set<DayOfWeek> parsed = EnumSet.noneOf(DayOfWeek.class);
		for (String day : days == null ? List.<String>of() : days) {
			try {
				parsed.add(DayOfWeek.valueOf(day == null ? "" : day.strip()));
			}
			catch (IllegalArgumentException e) {
				throw restDaysInvalid("calendar.rest-days.unknown-day", day);
			}
		}
		if (parsed.size() > 2) {
			throw restDaysInvalid("calendar.rest-days.too-many", parsed.size());
		}
		if (parsed.equals(WorkingCalendar.WEEKEND)) {
			restDayRows.delete(agencyCode);
		}
		else {
			restDayRows.put(agencyCode, parsed, Actors.require().username());
		}
		audit.record("calendar.rest-days", "agency", agencyCode, RestDayRows.format(parsed));
		return parsed;
	}

	/** Gives an agency the default rest days (Saturday and Sunday) again. */
	@Transactional
	public void resetRestDays(String agencyCode) {
		requireAgency(agencyCode);
		if (restDayRows.delete(agencyCode)) {
			audit.record("calendar.rest-days.reset", "agency", agencyCode, RestDayRows.format(WorkingCalendar.WEEKEND));
		}
	}

	/** The agencies whose weekly rest days are not Saturday and Sunday, by code. */
	public List<AgencyRestDays> agenciesWithOwnRestDays() {
		return restDayRows.all().stream().filter(e -> !e.getValue().equals(WorkingCalendar.WEEKEND))
				.map(e -> new AgencyRestDays(e.getKey(),
						agencies.findByCode(e.getKey()).map(AgencySummary::name).orElse(e.getKey()), e.getValue()))
				.toList();
	}

	private void requireAgency(String agencyCode) {
		if (agencyCode == null || agencyCode.isBlank()) {
			throw DomainException.invalidFields(List.of(new FieldProblem("agencyCode", "value.required")));
		}
		if (agencies.findByCode(agencyCode).isEmpty()) {
			throw new DomainException(HttpStatus.NOT_FOUND, "agency.not-found",
					List.of(new FieldProblem("agencyCode", "agency.not-found", agencyCode)), agencyCode);
		}
	}

	/** The API's stable code, with the reason attached to the field the admin page shows it on. */
	private static DomainException restDaysInvalid(String reason, Object arg) {
		return new DomainException(HttpStatus.BAD_REQUEST, "calendar.rest-days-invalid",
				List.of(new FieldProblem("restDays", reason, arg)));
	}

	/** The lunar date of a day, within the years the calendar serves. */
	public LunarDate lunar(LocalDate date) {
		checkRange(date.getYear());
		return LunarCalendar.toLunar(date);
	}

	private static void checkRange(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw DomainException.invalid("calendar.year-out-of-range", FIRST_YEAR, LAST_YEAR);
		}
	}

	private boolean stored(int year) {
		return jdbc.sql("select exists (select 1 from calendar_year where year = ?)").param(year).query(Boolean.class)
				.single();
	}

	/** Clearing before commit would let a concurrent reader cache the old calendar again. */
	private void forgetAfterCommit() {
		org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
				new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						byRestDays.clear();
					}
				});
	}

	/** The year's entries, pre-filling it from the rules the first time. */
	public List<CalendarDay> year(int year) {
		checkRange(year);
		int now = LocalDate.now().getYear();
		boolean near = year >= now - PREFILL_PAST && year <= now + PREFILL_FUTURE;
		if (!near && !stored(year)) {
			return HolidayRules.forYear(year, WorkingCalendar.WEEKEND); // far years: computed, not stored by a read
		}
		if (!stored(year)) {
			// Its own transaction: the first use of a year may come from a read-only one.
			prefillTransaction.executeWithoutResult(status -> prefill(year));
		}
		return jdbc.sql("select day, kind, name from calendar_day where day between ? and ? order by day")
				.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
				.query((rs, i) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)),
						rs.getString(3)))
				.list();
	}

	/**
	 * One statement claims the year and inserts its rule days, so a concurrent first use waits on the
	 * claim and then reads the complete year.
	 */
	private void prefill(int year) {
		List<CalendarDay> days = HolidayRules.forYear(year, WorkingCalendar.WEEKEND);
		String values = String.join(", ", java.util.Collections.nCopies(days.size(), "(cast(? as date), ?, ?)"));
		List<Object> params = new java.util.ArrayList<>();
		params.add(year);
		days.forEach(d -> {
			params.add(d.date());
			params.add(d.kind().name());
			params.add(d.name());
		});
		jdbc.sql("""
				with claimed as (insert into calendar_year (year) values (?) on conflict do nothing returning year)
				insert into calendar_day (day, kind, name, source)
				select v.day, v.kind, v.name, 'RULE' from (values %s) as v(day, kind, name)
				where exists (select 1 from claimed) on conflict do nothing""".formatted(values))
				.params(params).update();
	}

	/** Sets what a day is (an announced holiday, day off or swapped working day). */
	@Transactional
	public CalendarDay put(LocalDate date, String kind, String name) {
		DayKind dayKind = parseKind(kind);
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > 200) {
			throw DomainException.invalidFields(List.of(new vn.tinhso.platform.FieldProblem("name",
					label.isEmpty() ? "value.required" : "value.too-long", 200)));
		}
		checkRange(date.getYear());
		prefill(date.getYear());
		jdbc.sql("""
				insert into calendar_day (day, kind, name, source, updated_by) values (?, ?, ?, 'ADMIN', ?)
				on conflict (day) do update set kind = excluded.kind, name = excluded.name, source = 'ADMIN',
				  updated_by = excluded.updated_by, updated_at = now()""")
				.params(date, dayKind.name(), label, Actors.require().username()).update();
		audit.record("calendar.put", "calendar-day", date.toString(), dayKind + " " + label);
		forgetAfterCommit();
		return new CalendarDay(date, dayKind, label);
	}

	/** Makes a day an ordinary day again (worked unless it is a weekly rest day). */
	@Transactional
	public void remove(LocalDate date) {
		checkRange(date.getYear());
		prefill(date.getYear());
		if (jdbc.sql("delete from calendar_day where day = ?").param(date).update() == 0) {
			throw DomainException.notFound("calendar.day-not-found", date);
		}
		audit.record("calendar.remove", "calendar-day", date.toString(), "");
		forgetAfterCommit();
	}

	private static DayKind parseKind(String kind) {
		try {
			return DayKind.valueOf(kind == null ? "" : kind.strip());
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalidFields(List.of(new vn.tinhso.platform.FieldProblem("kind",
					"calendar.kind-invalid", kind)));
		}
	}
}

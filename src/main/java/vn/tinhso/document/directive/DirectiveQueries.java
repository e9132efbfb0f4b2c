package vn.tinhso.document.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.files.FileStore;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.PageOf;
import vn.tinhso.platform.ProvinceTime;

/** Reading directives: one with its reports and history (each read audited), and the lists an official may see. */
@Service
public class DirectiveQueries {

	/**
	 * The directives an official may see, as SQL: those issued by an agency where they are a leader or clerk (or
	 * below one), and those given to a unit they work in (or to a unit above the one they work in).
	 */
	private static final String VISIBLE = """
			with oversees as materialized (
			  select distinct target.code from official_role r
			  join agency holder on holder.id = r.agency_id
			  join agency target on target.path like holder.path || '%'
			  join account acc on acc.id = r.account_id and acc.active
			  where r.account_id = :me and r.role in ('LEADER', 'CLERK')),
			works as materialized (
			  select distinct unit.code from official_role r
			  join agency holder on holder.id = r.agency_id
			  join agency unit on holder.path like unit.path || '%'
			  join account acc on acc.id = r.account_id and acc.active
			  where r.account_id = :me and r.role in ('CLERK', 'LEADER', 'SPECIALIST', 'ONE_STOP_OFFICER'))
			select d.* from directive d
			where (d.agency_code in (select code from oversees)
			       or exists (select 1 from directive_unit u where u.directive_id = d.id
			                  and u.agency_code in (select code from works)))
			""";

	private final Directives directives;
	private final DirectiveAccess access;
	private final FileStore files;
	private final AuditLog audit;
	private final JdbcClient jdbc;
	private final Clock clock;

	DirectiveQueries(Directives directives, DirectiveAccess access, FileStore files, AuditLog audit, JdbcClient jdbc,
			Clock clock) {
		this.directives = directives;
		this.access = access;
		this.files = files;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public DirectiveDetail view(Actor actor, long id) {
		Directive d = directives.find(id).orElseThrow(() -> DomainException.notFound("directive.not-found", id));
		List<DirectiveUnit> units = directives.units(id);
		if (!access.canSee(actor, d, units)) {
			throw DomainException.notFound("directive.not-found", id);
		}
		audit.record("directive.view", "directive", Long.toString(id), d.status());
		return new DirectiveDetail(d, units, d.overdue(today()), d.completion(), directives.progress(id),
				directives.history(id));
	}

	/** The PDF attached to a progress report; read only by those who see the directive, and audited. */
	@Transactional
	public byte[] file(Actor actor, long id, long reportId) {
		view(actor, id);
		String sha = directives.progressFile(id, reportId).orElseThrow(() -> DomainException.notFound("file.not-found"));
		audit.record("directive.file", "directive", Long.toString(id), Long.toString(reportId));
		return files.read(sha);
	}

	/**
	 * A page of the directives the official may see: open ones first by deadline, then closed ones newest first.
	 * {@code status} OPEN, DONE or CANCELLED; {@code overdue} only the open ones past their deadline; {@code unit}
	 * only those given to that unit (lead or cooperating).
	 */
	@Transactional(readOnly = true)
	public PageOf<DirectiveItem> list(Actor actor, String status, boolean overdue, String unit, int page, int size) {
		if (!actor.isOfficial()) {
			throw DomainException.forbidden("directive.officials-only");
		}
		LocalDate today = today();
		StringBuilder where = new StringBuilder();
		String chosen = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
		if (!chosen.isEmpty()) {
			if (!List.of(Directive.OPEN, Directive.DONE, Directive.CANCELLED).contains(chosen)) {
				throw DomainException.invalid("directive.status.unknown", status.strip());
			}
			where.append(" and d.status = :status");
		}
		if (overdue) {
			where.append(" and d.status = 'OPEN' and d.due_on < :today");
		}
		String unitCode = unit == null ? "" : unit.strip();
		if (!unitCode.isEmpty()) {
			where.append(" and exists (select 1 from directive_unit f where f.directive_id = d.id and f.agency_code = :unit)");
		}
		String order = " order by case when d.status = 'OPEN' then 0 else 1 end,"
				+ " case when d.status = 'OPEN' then d.due_on end, d.id desc";
		var select = jdbc.sql(VISIBLE + where + order + " limit :limit offset :offset");
		var count = jdbc.sql("select count(*) from (" + VISIBLE + where + ") x");
		for (var spec : List.of(select, count)) {
			spec.param("me", actor.accountId());
			if (!chosen.isEmpty()) {
				spec.param("status", chosen);
			}
			if (overdue) {
				spec.param("today", today);
			}
			if (!unitCode.isEmpty()) {
				spec.param("unit", unitCode);
			}
		}
		List<Directive> rows = select.param("limit", size).param("offset", page * size).query(Directives::row).list();
		Map<Long, List<DirectiveUnit>> units = directives.units(rows.stream().map(Directive::id).toList());
		List<DirectiveItem> items = rows.stream().map(d -> new DirectiveItem(d, units.getOrDefault(d.id(), List.of()),
				d.overdue(today), d.completion())).toList();
		return new PageOf<>(items, count.query(Long.class).single(), page, size);
	}

	/** The actions open to the official on a directive they see. */
	public DirectiveAbilities abilities(Actor actor, DirectiveDetail detail) {
		Directive d = detail.directive();
		if (!Directive.OPEN.equals(d.status())) {
			return new DirectiveAbilities(false, false, false, false);
		}
		boolean leads = access.leads(actor, d.agencyCode());
		return new DirectiveAbilities(access.reportingUnit(actor, detail.units()).isPresent(), access.canComplete(actor, d),
				leads, leads);
	}

	/** The units named in the directives the official sees, by name: the choices of the list's unit filter. */
	@Transactional(readOnly = true)
	public List<DirectiveUnit> unitsSeen(Actor actor) {
		if (!actor.isOfficial()) {
			return List.of();
		}
		return jdbc.sql("select distinct u.agency_code, u.unit_name from directive_unit u where u.directive_id in (select id from ("
				+ VISIBLE + ") v) order by u.unit_name limit 500")
				.param("me", actor.accountId())
				.query((rs, i) -> new DirectiveUnit(rs.getString(1), rs.getString(2), null)).list();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ProvinceTime.ZONE));
	}
}

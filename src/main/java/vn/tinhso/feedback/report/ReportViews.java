package vn.tinhso.feedback.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.PageOf;

/**
 * Reading reports with the access rules: the reporter and the officials concerned see a report in
 * full; everyone sees reports that are not hidden, without personal data (the web layer leaves it
 * out); hidden reports are found by nobody but officials concerned.
 */
@Service
public class ReportViews {

	private final FieldReports reports;
	private final ReportAccess access;
	private final ReportCategories categories;
	private final FeedbackProperties properties;
	private final Clock clock;

	ReportViews(FieldReports reports, ReportAccess access, ReportCategories categories, FeedbackProperties properties, Clock clock) {
		this.reports = reports;
		this.access = access;
		this.categories = categories;
		this.properties = properties;
		this.clock = clock;
	}

	/** A report with the viewer's relations to it. */
	public record Seen(Report report, Set<Relation> relations) {

		/** This, for its reporter and the officials concerned; 404 for anyone else. */
		public Seen inFull() {
			if (relations.isEmpty()) {
				throw DomainException.notFound("feedback.report.not-found", report.code());
			}
			return this;
		}
	}

	/** The full report, for its reporter and the officials concerned; 404 for anyone else. */
	@Transactional(readOnly = true)
	public Seen full(Actor actor, String code) {
		Report r = reports.findByCode(code).orElseThrow(() -> DomainException.notFound("feedback.report.not-found", code));
		return new Seen(r, access.relations(actor, r)).inFull();
	}

	/** {@link #full(Actor, String)} of a report just read or written in this request: not read again. */
	public Seen full(Actor actor, Report r) {
		return new Seen(r, access.relations(actor, r)).inFull();
	}

	/** A report anyone may see (not hidden); 404 otherwise. */
	@Transactional(readOnly = true)
	public Report published(String code) {
		return reports.findByCode(code).filter(r -> !r.hidden())
				.orElseThrow(() -> DomainException.notFound("feedback.report.not-found", code));
	}

	/** Open, visible reports of a category within the configured distance, nearest first. */
	@Transactional(readOnly = true)
	public List<Nearby> nearby(double lat, double lon, String category) {
		if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
			throw DomainException.invalid("feedback.location.invalid");
		}
		if (category == null || categories.find(category).isEmpty()) {
			throw DomainException.invalid("feedback.category.unknown", String.valueOf(category));
		}
		double metres = properties.nearbyMeters();
		double dLat = metres / 111_320.0;
		double dLon = metres / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
		return reports.openIn(category, lat - dLat, lat + dLat, lon - dLon, lon + dLon).stream()
				.map(r -> new Nearby(r, Place.metres(lat, lon, r.place().lat(), r.place().lon())))
				.filter(n -> n.metres() <= metres).sorted(Comparator.comparingDouble(Nearby::metres)).limit(20).toList();
	}

	public record Nearby(Report report, double metres) {
	}

	/** Follows a visible report ("me too"): a citizen is then told about its steps. */
	@Transactional
	public int follow(Actor actor, String code) {
		if (actor.isOfficial()) {
			throw DomainException.forbidden("feedback.follow.citizens-only");
		}
		Report r = published(code);
		if (!r.reportedBy(actor.accountId())) {
			reports.follow(r.id(), actor.accountId());
		}
		return reports.followerCount(r.id());
	}

	@Transactional(readOnly = true)
	public PageOf<Report> mine(Actor actor, int page, int size) {
		int p = Math.max(0, page);
		int s = Math.min(100, Math.max(1, size));
		return new PageOf<>(reports.ofReporter(actor.accountId(), s, p * s), reports.countOfReporter(actor.accountId()), p, s);
	}

	/** An official's list: every report for operators, their agencies' reports for the others. */
	@Transactional(readOnly = true)
	public PageOf<Report> inbox(Actor actor, ReportList query) {
		if (!actor.isOfficial()) {
			throw DomainException.forbidden("feedback.inbox.officials-only");
		}
		ReportList.Scope scope = access.isOperator(actor) ? ReportList.Scope.ALL : ReportList.Scope.AGENCIES;
		ReportList q = new ReportList(scope, actor.accountId(), query.status(), query.open(), query.category(),
				query.commune(), query.agency(), query.overdue(), now(), query.page(), query.size());
		return page(q);
	}

	/** The public list: reports that are not hidden. */
	@Transactional(readOnly = true)
	public PageOf<Report> publicList(ReportList query) {
		ReportList q = new ReportList(ReportList.Scope.PUBLIC, 0, query.status(), query.open(), query.category(),
				query.commune(), query.agency(), query.overdue(), now(), query.page(), query.size());
		return page(q);
	}

	/** A page with the total: counted only when the page does not tell it (full, or empty past the first). */
	private PageOf<Report> page(ReportList q) {
		List<Report> items = reports.list(q);
		boolean last = items.size() < q.size() && (!items.isEmpty() || q.page() == 0);
		return new PageOf<>(items, last ? q.offset() + items.size() : reports.count(q), q.page(), q.size());
	}

	/**
	 * A photo's bytes. The published copy: of any visible report, or for those who see the report in
	 * full. The original (with its metadata): for the officials concerned only.
	 */
	@Transactional(readOnly = true)
	public ReportPhoto photo(Actor actor, String code, long photoId, boolean original) {
		Report r = reports.findByCode(code).orElseThrow(() -> DomainException.notFound("feedback.report.not-found", code));
		Set<Relation> relations = actor == null ? Set.of() : access.relations(actor, r);
		if (relations.isEmpty() && (r.hidden() || original)) {
			throw DomainException.notFound("feedback.report.not-found", code);
		}
		if (original && relations.stream().noneMatch(Relation::official)) {
			throw DomainException.forbidden("feedback.photo.original-officials-only");
		}
		boolean concerned = !relations.isEmpty();
		return reports.photos(r.id()).stream().filter(p -> p.id() == photoId && (concerned || p.publishable())).findFirst()
				.orElseThrow(() -> DomainException.notFound("file.not-found"));
	}

	public OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	public int reopenDays() {
		return properties.reopenDays();
	}
}

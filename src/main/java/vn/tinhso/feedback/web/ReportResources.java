package vn.tinhso.feedback.web;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.category.Category;
import vn.tinhso.feedback.report.Action;
import vn.tinhso.feedback.report.Relation;
import vn.tinhso.feedback.report.Report;
import vn.tinhso.feedback.report.ReportActions;
import vn.tinhso.feedback.report.ReportEvent;
import vn.tinhso.feedback.report.ReportPhoto;
import vn.tinhso.feedback.report.ReportViews;
import vn.tinhso.feedback.report.FieldReports;
import vn.tinhso.platform.Actor;

/**
 * Turns reports into what the API returns: in full for the reporter and the officials concerned,
 * or the public view, which never carries the reporter's contact details, their name when they chose
 * anonymity, internal notes, or anything of a hidden report.
 */
@Component
class ReportResources {

	private final FieldReports reports;
	private final ReportActions actions;
	private final ReportViews views;
	private final ReportCategories categories;
	private final AgencyDirectory agencies;

	ReportResources(FieldReports reports, ReportActions actions, ReportViews views, ReportCategories categories, AgencyDirectory agencies) {
		this.reports = reports;
		this.actions = actions;
		this.views = views;
		this.categories = categories;
		this.agencies = agencies;
	}

	record Named(String code, String name) {
	}

	record Photo(long id, String purpose, int width, int height, String url, String originalUrl) {
	}

	record PublicPhoto(long id, String purpose, int width, int height, String url) {
	}

	record ReporterDetails(String name, String email, String phone, boolean anonymous) {
	}

	record Entry(OffsetDateTime at, String action, String fromStatus, String toStatus, String agencyCode, String actorName,
			String note, boolean publicEntry) {
	}

	record PublicEntry(OffsetDateTime at, String action, String status, String note) {
	}

	/** A report in full. */
	record Full(String code, String token, Named category, String description, String publicDescription, Double lat,
			Double lon, String address, Named commune, Named agency, String status, String channel,
			ReporterDetails reporter, String handlerName, String rejectReason, String mergedInto, String answer,
			boolean hidden, Integer rating, String ratingComment, int reopenCount, OffsetDateTime submittedAt,
			OffsetDateTime verifiedAt, OffsetDateTime assignedAt, OffsetDateTime resolvedAt, OffsetDateTime refuseDueAt,
			OffsetDateTime resolveDueAt, OffsetDateTime publishDueAt, boolean overdue, Boolean answerLate,
			OffsetDateTime reopenUntil, int followers, String mediaUrl, List<Photo> photos, List<Entry> history,
			List<String> actions, int version) {
	}

	/** What everyone may see of a visible report. */
	record Published(String code, Named category, String description, Double lat, Double lon, String address,
			Named commune, Named agency, String status, String reporterName, String rejectReason, String mergedInto,
			String answer, Integer rating, OffsetDateTime submittedAt, OffsetDateTime resolvedAt,
			OffsetDateTime resolveDueAt, boolean overdue, int followers, List<PublicPhoto> photos, List<PublicEntry> history) {
	}

	/** A line of a list. */
	record Summary(String code, Named category, String description, Double lat, Double lon, Named commune, Named agency,
			String status, OffsetDateTime submittedAt, OffsetDateTime resolveDueAt, boolean overdue, Double metres) {
	}

	Full full(Actor actor, Report r, Set<Relation> relations) {
		Names names = new Names();
		boolean official = relations.stream().anyMatch(Relation::official);
		OffsetDateTime now = views.now();
		List<Photo> photos = reports.photos(r.id()).stream().map(p -> photo(r, p, official)).toList();
		List<Entry> history = reports.history(r.id()).stream()
				.map(e -> new Entry(e.at(), e.action(), e.fromStatus() == null ? null : e.fromStatus().name(),
						e.toStatus().name(), e.agencyCode(), e.actorName(), e.note(), e.publicEntry()))
				.toList();
		OffsetDateTime reopenUntil = r.resolvedAt() == null ? null : r.resolvedAt().plusDays(views.reopenDays());
		return new Full(r.code(), r.token().toString(), names.category(r.categoryCode()), r.description(),
				r.publicDescription(), r.place().lat(), r.place().lon(), r.place().address(),
				names.agency(r.place().communeCode()), names.agency(r.agencyCode()), r.status().name(), r.channel(),
				new ReporterDetails(r.reporter().name(), r.reporter().email(), r.reporter().phone(), r.reporter().anonymous()),
				r.handlerName(), r.rejectReason(), mergedCode(r), r.answer(), r.hidden(), r.rating(), r.ratingComment(),
				r.reopenCount(), r.submittedAt(), r.verifiedAt(), r.assignedAt(), r.resolvedAt(), r.refuseDueAt(),
				r.resolveDueAt(), r.publishDueAt(), r.overdue(now), r.answerLate(), reopenUntil, reports.followerCount(r.id()),
				r.mediaUrl(), photos, history, actions.available(actor, r, relations).stream().map(Action::name).toList(),
				r.version());
	}

	Published published(Report r) {
		Names names = new Names();
		List<PublicEntry> history = reports.history(r.id()).stream().filter(ReportEvent::publicEntry)
				.map(e -> new PublicEntry(e.at(), e.action(), e.toStatus().name(), e.publicNote() ? e.note() : ""))
				.toList();
		return new Published(r.code(), names.category(r.categoryCode()), r.shownDescription(), r.place().lat(),
				r.place().lon(), r.place().address(), names.agency(r.place().communeCode()), names.agency(r.agencyCode()),
				r.status().name(), r.reporter().anonymous() ? null : r.reporter().name(), r.rejectReason(), mergedCode(r),
				r.answer(), r.rating(), r.submittedAt(), r.resolvedAt(), r.resolveDueAt(), r.overdue(views.now()),
				reports.followerCount(r.id()), reports.photos(r.id()).stream().filter(ReportPhoto::publishable)
						.map(p -> new PublicPhoto(p.id(), p.purpose(), p.width(), p.height(), photoUrl(r.code(), p.id()))).toList(),
				history);
	}

	List<Summary> summaries(List<Report> list, boolean showOriginalText) {
		Names names = new Names();
		OffsetDateTime now = views.now();
		return list.stream().map(r -> summary(r, names, now, showOriginalText, null)).toList();
	}

	List<Summary> nearby(List<ReportViews.Nearby> list) {
		Names names = new Names();
		OffsetDateTime now = views.now();
		return list.stream().map(n -> summary(n.report(), names, now, false, Math.round(n.metres() * 10) / 10.0)).toList();
	}

	private Summary summary(Report r, Names names, OffsetDateTime now, boolean original, Double metres) {
		return new Summary(r.code(), names.category(r.categoryCode()), original ? r.description() : r.shownDescription(),
				r.place().lat(), r.place().lon(), names.agency(r.place().communeCode()), names.agency(r.agencyCode()),
				r.status().name(), r.submittedAt(), r.resolveDueAt(), r.overdue(now), metres);
	}

	private String mergedCode(Report r) {
		return r.mergedInto() == null ? null : reports.codeOf(r.mergedInto()).orElse(null);
	}

	static String photoUrl(String code, long photoId) {
		return "/api/v1/feedback/reports/" + code + "/photos/" + photoId;
	}

	private static Photo photo(Report r, ReportPhoto p, boolean official) {
		String url = photoUrl(r.code(), p.id());
		return new Photo(p.id(), p.purpose(), p.width(), p.height(), url, official ? url + "/original" : null);
	}

	/** Category and agency names looked up once per response. */
	private final class Names {

		private final Locale locale = LocaleContextHolder.getLocale();
		private final Map<String, Named> seen = new HashMap<>();

		Named category(String code) {
			return seen.computeIfAbsent("c:" + code, k -> categories.find(code)
					.map((Category c) -> new Named(c.code(), c.name(locale))).orElse(new Named(code, code)));
		}

		Named agency(String code) {
			if (code == null) {
				return null;
			}
			return seen.computeIfAbsent("a:" + code, k -> agencies.findByCode(code)
					.map((AgencySummary a) -> new Named(a.code(), a.name())).orElse(new Named(code, code)));
		}
	}
}

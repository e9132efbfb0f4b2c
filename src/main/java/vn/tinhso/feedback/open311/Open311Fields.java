package vn.tinhso.feedback.open311;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.feedback.ReportStatus;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.category.Category;
import vn.tinhso.feedback.report.PublicUpdate;
import vn.tinhso.feedback.report.Report;
import vn.tinhso.feedback.report.ReportPhoto;
import vn.tinhso.feedback.report.FieldReports;

/**
 * GeoReport v2 fields of services, requests and updates, in the order of the specification. Only
 * what the public may see: the reporter is never named.
 */
@Component
class Open311Fields {

	private final ReportCategories categories;
	private final AgencyDirectory agencies;
	private final FieldReports reports;
	private final MessageSource messages;

	Open311Fields(ReportCategories categories, AgencyDirectory agencies, FieldReports reports, MessageSource messages) {
		this.categories = categories;
		this.agencies = agencies;
		this.reports = reports;
		this.messages = messages;
	}

	Map<String, Object> service(Category c, Locale locale) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("service_code", c.code());
		row.put("service_name", c.name(locale));
		row.put("description", c.description());
		row.put("metadata", false);
		row.put("type", "realtime");
		row.put("keywords", c.keywords());
		row.put("group", c.group());
		return row;
	}

	List<Map<String, Object>> requests(List<Report> list, String baseUrl, Locale locale) {
		Map<String, String> names = new HashMap<>();
		return list.stream().map(r -> request(r, baseUrl, locale, names)).toList();
	}

	private Map<String, Object> request(Report r, String baseUrl, Locale locale, Map<String, String> names) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("service_request_id", r.code());
		row.put("status", r.status().open311());
		row.put("status_notes", statusNotes(r, locale));
		row.put("service_name", names.computeIfAbsent("c:" + r.categoryCode(),
				k -> categories.find(r.categoryCode()).map(c -> c.name(locale)).orElse(r.categoryCode())));
		row.put("service_code", r.categoryCode());
		row.put("description", r.shownDescription());
		row.put("agency_responsible", r.agencyCode() == null ? null : names.computeIfAbsent("a:" + r.agencyCode(),
				k -> agencies.findByCode(r.agencyCode()).map(AgencySummary::name).orElse(r.agencyCode())));
		row.put("service_notice", "");
		row.put("requested_datetime", W3cTime.format(r.submittedAt()));
		row.put("updated_datetime", W3cTime.format(r.updatedAt()));
		row.put("expected_datetime", W3cTime.format(r.resolveDueAt()));
		row.put("address", r.place().address());
		row.put("address_id", null);
		row.put("zipcode", null);
		row.put("lat", r.place().lat());
		row.put("long", r.place().lon());
		row.put("media_url", mediaUrl(r, baseUrl));
		return row;
	}

	Map<String, Object> update(PublicUpdate u, String baseUrl, Locale locale) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("update_id", String.valueOf(u.id()));
		row.put("service_request_id", u.code());
		row.put("status", u.status().open311());
		row.put("updated_datetime", W3cTime.format(u.at()));
		row.put("description", u.note().isEmpty() ? text("feedback.step." + u.action(), locale) : u.note());
		row.put("media_url", u.answerPhotoId() == null ? "" : photoUrl(baseUrl, u.code(), u.answerPhotoId()));
		return row;
	}

	/** Why a closed request is closed: the answer, or the reason it was refused. */
	private String statusNotes(Report r, Locale locale) {
		if (r.status() == ReportStatus.RESOLVED) {
			return r.answer();
		}
		if (r.status() == ReportStatus.REJECTED && r.rejectReason() != null) {
			String reason = text("feedback.reject." + r.rejectReason(), locale);
			if (r.mergedInto() != null) {
				reason += " " + reports.codeOf(r.mergedInto()).orElse("");
			}
			return reason.strip();
		}
		return "";
	}

	private String mediaUrl(Report r, String baseUrl) {
		return reports.firstPhoto(r.id(), ReportPhoto.REPORT).map(id -> photoUrl(baseUrl, r.code(), id))
				.orElse(r.mediaUrl());
	}

	private static String photoUrl(String baseUrl, String code, long id) {
		return baseUrl + "/api/v1/feedback/reports/" + code + "/photos/" + id;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}

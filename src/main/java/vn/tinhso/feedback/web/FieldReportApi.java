package vn.tinhso.feedback.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.feedback.ReportStatus;
import vn.tinhso.feedback.photo.FeedbackPhotos;
import vn.tinhso.feedback.report.Action;
import vn.tinhso.feedback.report.ActionInput;
import vn.tinhso.feedback.report.NewReport;
import vn.tinhso.feedback.report.Report;
import vn.tinhso.feedback.report.ReportActions;
import vn.tinhso.feedback.report.ReportIntake;
import vn.tinhso.feedback.report.ReportList;
import vn.tinhso.feedback.report.ReportPhoto;
import vn.tinhso.feedback.report.ReportViews;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.PageOf;
import vn.tinhso.platform.Versions;

@RestController
@RequestMapping("/api/v1/feedback/reports")
@Tag(name = "Phản ánh hiện trường (field reports)", description = "Gửi, theo dõi, xử lý phản ánh kèm ảnh và vị trí")
class FieldReportApi {

	private final ReportIntake intake;
	private final ReportActions actions;
	private final ReportViews views;
	private final ReportResources resources;
	private final FeedbackPhotos photos;

	FieldReportApi(ReportIntake intake, ReportActions actions, ReportViews views, ReportResources resources, FeedbackPhotos photos) {
		this.intake = intake;
		this.actions = actions;
		this.views = views;
		this.resources = resources;
		this.photos = photos;
	}

	@PostMapping(consumes = { MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE })
	@Operation(summary = "Send a report (a citizen; or an IOC operator for a hotline caller, with reporterName, "
			+ "reporterEmail and the required reporterPhone, texted at each public step)",
			description = "FeedbackPhotos (0–5, JPEG or PNG) go in parts named photos. lat/lon or address is required. "
					+ "Idempotency-Key (a UUID) makes a retry return the first report.")
	ResponseEntity<ReportResources.Full> create(@RequestParam(required = false) String category,
			@RequestParam(required = false) String description, @RequestParam(required = false) Double lat,
			@RequestParam(required = false) Double lon, @RequestParam(required = false) String address,
			@RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(required = false) String reporterName,
			@RequestParam(required = false) String reporterEmail, @RequestParam(required = false) String reporterPhone,
			@RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey, HttpServletRequest request) {
		Actor actor = Actors.require();
		Report r = intake.submit(actor, new NewReport(category, description, lat, lon, address, anonymous,
				PhotoUploads.of(request), NewReport.idempotencyKey(idempotencyKey), reporterName, reporterEmail,
				reporterPhone, null));
		ReportViews.Seen seen = views.full(actor, r);
		return ResponseEntity.created(URI.create("/api/v1/feedback/reports/" + r.code())).eTag(Versions.etag(r.version()))
				.body(resources.full(actor, seen.report(), seen.relations()));
	}

	@GetMapping("/{code}")
	@Operation(summary = "A report in full: for its reporter, the IOC and the responsible agency")
	ResponseEntity<ReportResources.Full> get(@PathVariable String code) {
		Actor actor = Actors.require();
		ReportViews.Seen seen = views.full(actor, code);
		return ResponseEntity.ok().eTag(Versions.etag(seen.report().version()))
				.body(resources.full(actor, seen.report(), seen.relations()));
	}

	@PostMapping(path = "/{code}/actions/{action}",
			consumes = { MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE })
	@Operation(summary = "Take a handling action: VERIFY, ASSIGN, REJECT, ASSIGN_HANDLER, RESOLVE, RETURN, REASSIGN, "
			+ "REOPEN, RATE, HIDE, REDACT", description = "If-Match with the ETag you read refuses the action when the report changed.")
	ResponseEntity<ReportResources.Full> act(@PathVariable String code, @PathVariable String action,
			@RequestParam(required = false) String note, @RequestParam(required = false) String agencyCode,
			@RequestParam(required = false) String handler, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String mergeInto, @RequestParam(required = false) String answer,
			@RequestParam(required = false) Integer rating, @RequestParam(required = false) String description,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, HttpServletRequest request) {
		Actor actor = Actors.require();
		Integer version = ifMatch == null || ifMatch.isBlank() ? null : Versions.fromIfMatch(ifMatch, 0);
		// The action commits even when it takes the report out of the actor's sight; the answer is then a 404.
		ReportViews.Seen seen = actions.actAndSee(actor, code, Action.parse(action), new ActionInput(note, agencyCode, handler,
				reason, mergeInto, answer, rating, description, PhotoUploads.of(request), version)).inFull();
		return ResponseEntity.ok().eTag(Versions.etag(seen.report().version()))
				.body(resources.full(actor, seen.report(), seen.relations()));
	}

	@PostMapping("/{code}/follow")
	@Operation(summary = "Follow a report (\"me too\") instead of sending the same one again")
	Map<String, Integer> follow(@PathVariable String code) {
		return Map.of("followers", views.follow(Actors.require(), code));
	}

	@GetMapping("/mine")
	@Operation(summary = "The signed-in citizen's reports, newest first")
	PageOf<ReportResources.Summary> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		PageOf<Report> p = views.mine(Actors.require(), page, size);
		return new PageOf<>(resources.summaries(p.items(), true), p.total(), p.page(), p.size());
	}

	@GetMapping("/inbox")
	@Operation(summary = "Officials' list: every report for IOC operators, their agencies' reports for the others")
	PageOf<ReportResources.Summary> inbox(@RequestParam(required = false) ReportStatus status,
			@RequestParam(required = false) Boolean open, @RequestParam(required = false) String category,
			@RequestParam(required = false) String commune, @RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		PageOf<Report> p = views.inbox(Actors.require(), new ReportList(null, 0, status, open, category, commune, agency,
				overdue, null, page, size));
		return new PageOf<>(resources.summaries(p.items(), true), p.total(), p.page(), p.size());
	}

	@GetMapping("/nearby")
	@Operation(summary = "Open reports of the same category near a place, to follow one instead of reporting it again")
	List<ReportResources.Summary> nearby(@RequestParam double lat, @RequestParam double lon, @RequestParam String category) {
		return resources.nearby(views.nearby(lat, lon, category));
	}

	@GetMapping("/{code}/photos/{id}")
	@Operation(summary = "The published copy of a photo (resized, without metadata)")
	ResponseEntity<byte[]> photo(@PathVariable String code, @PathVariable long id) {
		ReportPhoto p = views.photo(Actors.current().orElse(null), code, id, false);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noCache())
				.body(photos.read(p.publicSha256()));
	}

	@GetMapping("/{code}/photos/{id}/original")
	@Operation(summary = "The photo as uploaded, with its metadata: for the officials concerned only")
	ResponseEntity<byte[]> original(@PathVariable String code, @PathVariable long id) {
		ReportPhoto p = views.photo(Actors.require(), code, id, true);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(photos.mediaType(p.originalSha256())))
				.cacheControl(CacheControl.noStore()).body(photos.read(p.originalSha256()));
	}
}

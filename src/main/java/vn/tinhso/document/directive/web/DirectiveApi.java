package vn.tinhso.document.directive.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.document.directive.Directive;
import vn.tinhso.document.directive.DirectiveDetail;
import vn.tinhso.document.directive.DirectiveFigures;
import vn.tinhso.document.directive.DirectiveForm;
import vn.tinhso.document.directive.DirectiveItem;
import vn.tinhso.document.directive.DirectiveQueries;
import vn.tinhso.document.directive.DirectiveTracking;
import vn.tinhso.document.directive.FiguresReport;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.PageOf;

/** Directives for officials: record, report progress, complete, extend, cancel; figures per lead unit. */
@RestController
@RequestMapping("/api/v1/directives")
@Tag(name = "Directives", description = "Leaders' directives followed to completion (theo dõi ý kiến chỉ đạo)")
class DirectiveApi {

	private final DirectiveTracking tracking;
	private final DirectiveQueries queries;
	private final DirectiveFigures figures;

	DirectiveApi(DirectiveTracking tracking, DirectiveQueries queries, DirectiveFigures figures) {
		this.tracking = tracking;
		this.queries = queries;
		this.figures = figures;
	}

	@GetMapping
	@Operation(summary = "Directives the official may see: open ones first by deadline",
			description = "status OPEN|DONE|CANCELLED; overdue=true for open ones past their deadline; unit = an agency code given the directive")
	PageOf<DirectiveItem> list(@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return queries.list(Actors.require(), status, overdue, unit, Math.max(0, page), Math.min(100, Math.max(1, size)));
	}

	@PostMapping
	@Operation(summary = "Record a directive (a leader of agencyCode): source MEETING (meetingName, meetingOn) or DOCUMENT (documentId)")
	ResponseEntity<DirectiveDetail> create(@RequestBody DirectiveForm form) {
		Directive d = tracking.create(Actors.require(), form);
		return ResponseEntity.created(URI.create("/api/v1/directives/" + d.id())).body(queries.view(Actors.require(), d.id()));
	}

	@GetMapping("/figures")
	@Operation(summary = "Per lead unit: assigned, done on time, done late, open not yet due, overdue now, on-time rate",
			description = "agency: an agency where the official is a leader or clerk (default: the first); from/to: when the directives were recorded (default: this year)")
	FiguresReport figures(@RequestParam(required = false) String agency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return figures.of(Actors.require(), agency, from, to);
	}

	@GetMapping("/{id}")
	DirectiveDetail get(@PathVariable long id) {
		return queries.view(Actors.require(), id);
	}

	@PostMapping("/{id}/progress")
	@Operation(summary = "Report progress (an official of the lead or a cooperating unit): percent 0–100, note, optional PDF")
	DirectiveDetail progress(@PathVariable long id, @RequestParam(required = false) Integer percent,
			@RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile file) {
		tracking.report(Actors.require(), id, percent, note, bytes(file), file == null ? null : file.getOriginalFilename());
		return queries.view(Actors.require(), id);
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "Mark done with the result (a leader of the lead unit or of the issuing agency)")
	DirectiveDetail complete(@PathVariable long id, @RequestParam(required = false) String note) {
		tracking.complete(Actors.require(), id, note);
		return queries.view(Actors.require(), id);
	}

	@PostMapping("/{id}/extend")
	@Operation(summary = "Move the deadline later, with the reason (a leader of the issuing agency)")
	DirectiveDetail extend(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@RequestParam(required = false) String reason) {
		tracking.extend(Actors.require(), id, dueOn, reason);
		return queries.view(Actors.require(), id);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel with the reason (a leader of the issuing agency)")
	DirectiveDetail cancel(@PathVariable long id, @RequestParam(required = false) String reason) {
		tracking.cancel(Actors.require(), id, reason);
		return queries.view(Actors.require(), id);
	}

	@GetMapping("/{id}/progress/{reportId}/file")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long reportId) {
		byte[] pdf = queries.file(Actors.require(), id, reportId);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("bao-cao-" + reportId + ".pdf")
						.build().toString())
				.body(pdf);
	}

	static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

package vn.tinhso.feedback.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.feedback.channel.GuestReports;
import vn.tinhso.feedback.channel.HeldReport;
import vn.tinhso.feedback.channel.RateLimited;
import vn.tinhso.feedback.channel.RateLimits;
import vn.tinhso.feedback.report.Report;
import vn.tinhso.feedback.report.ReportActions;
import vn.tinhso.platform.Problems;

@RestController
@RequestMapping("/api/v1/feedback/guest/reports")
@Tag(name = "Phản ánh không cần tài khoản (guest reports)",
		description = "Gửi phản ánh bằng e-mail hoặc số điện thoại, xác nhận bằng mã 6 chữ số")
class GuestReportApi {

	/** A confirmed guest report: where to follow it. */
	record Confirmed(String code, String token, String status, String publicPath) {
	}

	private final GuestReports guests;
	private final RateLimits limits;
	private final GuestSubmissions submissions;
	private final ReportActions actions;
	private final Problems problems;

	GuestReportApi(GuestReports guests, RateLimits limits, GuestSubmissions submissions, ReportActions actions,
			Problems problems) {
		this.guests = guests;
		this.limits = limits;
		this.submissions = submissions;
		this.actions = actions;
		this.problems = problems;
	}

	@PostMapping(consumes = { MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE })
	@Operation(summary = "Send a report without an account: held as UNCONFIRMED until the code sent to the e-mail or phone is typed",
			description = "Same fields as a citizen's report plus email or phone (and an optional name). Limited per client "
					+ "address and per contact (429 feedback.rate-limited with Retry-After).")
	ResponseEntity<HeldReport> submit(@RequestParam(required = false) String category,
			@RequestParam(required = false) String description, @RequestParam(required = false) Double lat,
			@RequestParam(required = false) Double lon, @RequestParam(required = false) String address,
			@RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(required = false) String name,
			@RequestParam(required = false) String email, @RequestParam(required = false) String phone,
			HttpServletRequest request) {
		HeldReport held = submissions.submit(
				new ReportForm.Typed(category, description, lat, lon, address, anonymous, name, email, phone), request);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(held);
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "Confirm with the 6-digit code: the report is accepted (again: the same report)",
			description = "Wrong code: 422 feedback.guest.code-wrong; expired: 409 feedback.guest.code-expired; "
					+ "too many wrong codes: 409 feedback.guest.locked (the report stays unconfirmed).")
	ResponseEntity<Confirmed> confirm(@PathVariable UUID id, @RequestParam(required = false) String code) {
		Report r = guests.confirm(id, code);
		return ResponseEntity.status(HttpStatus.CREATED).body(new Confirmed(r.code(), r.token().toString(), r.status().name(),
				"/api/v1/feedback/public/reports/" + r.code()));
	}

	@PostMapping(path = "/info/{token}", consumes = { MediaType.MULTIPART_FORM_DATA_VALUE,
			MediaType.APPLICATION_FORM_URLENCODED_VALUE })
	@Operation(summary = "Answer a request for more information on a report sent without an account, by its token",
			description = "note and/or photos (officials only see them); the report goes back to where it was, its "
					+ "deadlines moved by the time paused. Limited per client address like submissions.")
	Confirmed provideInfo(@PathVariable UUID token, @RequestParam(required = false) String note, HttpServletRequest request) {
		limits.hit(List.of("ip:" + request.getRemoteAddr()));
		Report r = actions.provideInfoByToken(token, note, PhotoUploads.of(request));
		return new Confirmed(r.code(), r.token().toString(), r.status().name(), "/api/v1/feedback/public/reports/" + r.code());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Where a guest report stands: UNCONFIRMED, CONFIRMED (with its code) or LOCKED")
	HeldReport status(@PathVariable UUID id) {
		return guests.status(id);
	}

	@ExceptionHandler(RateLimited.class)
	ResponseEntity<ProblemDetail> rateLimited(RateLimited e, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
				.body(problems.of(request, HttpStatus.TOO_MANY_REQUESTS, "feedback.rate-limited", e.retryAfterSeconds()));
	}
}

package vn.tinhso.feedback.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import vn.tinhso.feedback.channel.GuestReports;
import vn.tinhso.feedback.channel.HeldReport;
import vn.tinhso.feedback.channel.RateLimits;
import vn.tinhso.feedback.report.NewReport;

/** A report sent without an account, from the page or the API alike. */
@Component
class GuestSubmissions {

	private final GuestReports guests;
	private final RateLimits limits;

	GuestSubmissions(GuestReports guests, RateLimits limits) {
		this.guests = guests;
		this.limits = limits;
	}

	/**
	 * Counts the sending against the limits per client address and per contact (refused with
	 * {@code RateLimited} beyond them), then holds the report until the code sent to the contact is typed.
	 */
	HeldReport submit(ReportForm.Typed typed, HttpServletRequest request) {
		String ip = request.getRemoteAddr();
		limits.hit(List.of("ip:" + ip, GuestReports.contactKey(typed.email(), typed.phone())));
		return guests.submit(new NewReport(typed.category(), typed.description(), typed.lat(), typed.lon(), typed.address(),
				typed.anonymous(), PhotoUploads.of(request), null, typed.name(), null, null, null), typed.email(), typed.phone(), ip);
	}
}

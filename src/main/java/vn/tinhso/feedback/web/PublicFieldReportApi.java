package vn.tinhso.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.feedback.ReportStatus;
import vn.tinhso.feedback.report.Report;
import vn.tinhso.feedback.report.ReportList;
import vn.tinhso.feedback.report.ReportViews;
import vn.tinhso.platform.PageOf;

/** Reports as everyone sees them: never hidden ones, never personal data. */
@RestController
@RequestMapping("/api/v1/feedback/public/reports")
@Tag(name = "Phản ánh: công khai (public reports)", description = "Phản ánh và trả lời công khai, không có thông tin cá nhân")
class PublicFieldReportApi {

	private final ReportViews views;
	private final ReportResources resources;

	PublicFieldReportApi(ReportViews views, ReportResources resources) {
		this.views = views;
		this.resources = resources;
	}

	@GetMapping
	@Operation(summary = "Visible reports, newest first, by status, open/closed, category or commune")
	PageOf<ReportResources.Summary> list(@RequestParam(required = false) ReportStatus status,
			@RequestParam(required = false) Boolean open, @RequestParam(required = false) String category,
			@RequestParam(required = false) String commune, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		PageOf<Report> p = views.publicList(new ReportList(null, 0, status, open, category, commune, null, false, null,
				page, size));
		return new PageOf<>(resources.summaries(p.items(), false), p.total(), p.page(), p.size());
	}

	@GetMapping("/{code}")
	@Operation(summary = "A visible report with its public history and answer")
	ReportResources.Published get(@PathVariable String code) {
		return resources.published(views.published(code));
	}
}

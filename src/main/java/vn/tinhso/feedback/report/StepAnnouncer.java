package vn.tinhso.feedback.report;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.tinhso.feedback.FeedbackChanged;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.category.Category;

/** Announces each step of a report (after the history entry) for the notification module. */
@Component
class StepAnnouncer {

	static final String PUBLIC_PATH = "/api/v1/feedback/public/reports/";

	private final ApplicationEventPublisher publisher;
	private final FieldReports reports;
	private final ReportCategories categories;

	StepAnnouncer(ApplicationEventPublisher publisher, FieldReports reports, ReportCategories categories) {
		this.publisher = publisher;
		this.reports = reports;
		this.categories = categories;
	}

	void publish(Report r, String action, String publicNote) {
		String category = categories.find(r.categoryCode()).map(Category::nameVi).orElse(r.categoryCode());
		publisher.publishEvent(new FeedbackChanged(r.id(), r.code(), action, r.status(), category, r.reporter().name(),
				reports.recipientEmails(r), publicNote == null ? "" : publicNote, PUBLIC_PATH + r.code(),
				UUID.randomUUID().toString()));
	}
}

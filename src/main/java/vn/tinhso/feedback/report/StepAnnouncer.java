package vn.tinhso.feedback.report;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.tinhso.feedback.FeedbackChanged;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.category.Category;

/**
 * Announces each step of a report (after the history entry) for the notification module, with where
 * its reporter is reached: e-mail addresses always, the phone number of those who reported by phone,
 * the chat user of those who wrote through Zalo. A refusal as a duplicate is announced as MERGE with the
 * original's code, and a question to a reporter without an account with the page where they answer it.
 */
@Component
class StepAnnouncer {

	static final String PUBLIC_PAGE = "/feedback/";
	/** Where a reporter without an account answers a question, by the report's secret token. */
	static final String ANSWER_PAGE = "/feedback/info/";
	static final String MERGE = "MERGE";
	/** Channels whose reporter gave a phone number to be reached on: told each step by short message. */
	private static final Set<String> BY_PHONE = Set.of("HOTLINE", "GUEST");

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
		String phone = BY_PHONE.contains(r.channel()) ? r.reporter().phone() : "";
		String zalo = "ZALO".equals(r.channel()) ? r.reporter().chatId() : "";
		String original = Action.REJECT.name().equals(action) && r.mergedInto() != null
				? reports.codeOf(r.mergedInto()).orElse("") : "";
		String step = original.isEmpty() ? action : MERGE;
		// A signed-in reporter answers on their own report page; the others only have the token.
		String answerPage = Action.REQUEST_INFO.name().equals(action) && r.reporter().accountId() == null
				? ANSWER_PAGE + r.token() : "";
		// A report being sent cannot have followers yet (nobody else sees it before this transaction commits).
		List<String> recipients = Action.SUBMIT.equals(action) ? FieldReports.reporterEmail(r) : reports.recipientEmails(r);
		publisher.publishEvent(new FeedbackChanged(r.id(), r.code(), step, r.status(), category, r.reporter().name(),
				recipients, publicNote == null ? "" : publicNote, UUID.randomUUID().toString(), phone, zalo,
				PUBLIC_PAGE + r.code(), r.reporter().email(), answerPage, original,
				original.isEmpty() ? "" : PUBLIC_PAGE + original));
	}
}

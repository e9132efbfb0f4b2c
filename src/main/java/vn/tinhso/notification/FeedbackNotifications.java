package vn.tinhso.notification;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tinhso.feedback.FeedbackChanged;

/**
 * Tells the reporter of a field report, and everyone following it, about its public steps
 * ({@link ReporterSteps}) by e-mail, with a link to the report's public page. A question to a reporter
 * without an account also gives them, and only them, the page where they answer it.
 */
@Component
class FeedbackNotifications {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;
	private final EmailChannel email;
	private final String publicUrl;

	FeedbackNotifications(MessageSource messages, EmailChannel email,
			@Value("${tinhso.public-url:http://localhost:8080}") String publicUrl) {
		this.messages = messages;
		this.email = email;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener(condition = "T(vn.tinhso.notification.ReporterSteps).emailed(#e)")
	void on(FeedbackChanged e) {
		if (!ReporterSteps.byEmail(e.action())) {
			return;
		}
		String original = e.originalPage().isEmpty() ? "" : publicUrl + e.originalPage();
		Object[] args = { e.code(), e.categoryName(), e.note(), publicUrl + e.publicPage(), e.originalCode(), original };
		String key = "notify.feedback." + e.action();
		List<String> recipients = e.recipientEmails();
		for (int i = 0; i < recipients.size(); i++) {
			String to = recipients.get(i);
			String body = text(key + ".body", args);
			if (!e.answerPage().isEmpty() && to.equalsIgnoreCase(e.reporterEmail())) {
				body = text("notify.feedback.REQUEST_INFO.answer.body", e.code(), e.categoryName(), e.note(),
						publicUrl + e.answerPage());
			}
			// One log row per recipient: a redelivered event skips those already written to.
			email.send(to, text(key + ".subject", args), body, e.code(), e.eventKey() + "/" + i);
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}
}

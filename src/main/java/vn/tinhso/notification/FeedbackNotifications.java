package vn.tinhso.notification;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tinhso.feedback.FeedbackChanged;

/**
 * Tells the reporter of a field report, and everyone following it, about its public steps (sent,
 * assigned, refused or merged, answered, reopened) by e-mail; internal steps stay internal.
 */
@Component
class FeedbackNotifications {

	static final Set<String> PUBLIC_STEPS = Set.of("SUBMIT", "ASSIGN", "REJECT", "RESOLVE", "REOPEN", "REQUEST_INFO");
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

	@ApplicationModuleListener
	void on(FeedbackChanged e) {
		if (!PUBLIC_STEPS.contains(e.action())) {
			return;
		}
		Object[] args = { e.code(), e.categoryName(), e.note(), publicUrl + e.publicPath() };
		String key = "notify.feedback." + e.action();
		List<String> recipients = e.recipientEmails();
		for (int i = 0; i < recipients.size(); i++) {
			// One log row per recipient: a redelivered event skips those already written to.
			email.send(recipients.get(i), text(key + ".subject", args), text(key + ".body", args), e.code(),
					e.eventKey() + "/" + i);
		}
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}
}

package vn.tinhso.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tinhso.feedback.FeedbackCodeRequested;
import vn.tinhso.feedback.FeedbackEscalated;
import vn.tinhso.platform.ProvinceTime;

/**
 * Field-report messages that are not steps told to the reporter: the confirmation code of a report sent
 * without an account (by e-mail, or by the short-message channel for a phone number), and the warning
 * to the agency's leaders and the IOC operators when a report is overdue.
 */
@Component
class FeedbackContactNotifications {

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;
	private final EmailChannel email;
	private final SmsGateway sms;
	private final NotificationLog log;
	private final String publicUrl;

	FeedbackContactNotifications(MessageSource messages, EmailChannel email, SmsGateway sms, NotificationLog log,
			@Value("${tinhso.public-url:http://localhost:8080}") String publicUrl) {
		this.messages = messages;
		this.email = email;
		this.sms = sms;
		this.log = log;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void on(FeedbackCodeRequested e) {
		Object[] args = { e.code(), e.validMinutes() };
		if ("EMAIL".equals(e.contactKind())) {
			email.send(e.contact(), text("notify.feedback.CONFIRM.subject", args), text("notify.feedback.CONFIRM.body", args),
					"feedback-confirmation", e.eventKey());
		}
		else if (!log.alreadySent(e.eventKey(), sms.channel())) {
			String text = text("notify.feedback.CONFIRM.sms", args);
			sms.send(e.contact(), text);
			// The log keeps that a code was sent, never the code itself.
			log.record(sms.channel(), e.contact(), "", text("notify.feedback.CONFIRM.logged", args), "SENT", "",
					"feedback-confirmation", e.eventKey());
		}
	}

	@ApplicationModuleListener
	void on(FeedbackEscalated e) {
		Object[] args = { e.code(), e.categoryName(), e.agencyName(), DUE.format(e.dueAt().atZoneSameInstant(ProvinceTime.ZONE)),
				publicUrl + e.staffPath() };
		String key = "notify.feedback.ESCALATE." + e.dueKind();
		List<String> recipients = e.recipientEmails();
		for (int i = 0; i < recipients.size(); i++) {
			email.send(recipients.get(i), text(key + ".subject", args), text(key + ".body", args), e.code(),
					e.eventKey() + "/" + i);
		}
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}
}

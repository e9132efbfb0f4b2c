package vn.tinhso.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends plain-text e-mail through the configured SMTP server, or records that none is configured. */
@Component
class EmailChannel {

	static final String CHANNEL = "EMAIL";

	private final ObjectProvider<JavaMailSender> mail;
	private final NotificationLog log;
	private final String from;

	EmailChannel(ObjectProvider<JavaMailSender> mail, NotificationLog log,
			@Value("${tinhso.notification.mail-from:TinhSo <khong-tra-loi@tinhso.local>}") String from) {
		this.mail = mail;
		this.log = log;
		this.from = from;
	}

	void send(String to, String subject, String body, String reference, String eventKey) {
		if (log.alreadySent(eventKey, CHANNEL)) {
			return;
		}
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			log.record(CHANNEL, to, subject, body, "SKIPPED", "no SMTP server configured", reference, eventKey);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			sender.send(message);
		}
		catch (RuntimeException e) {
			log.record(CHANNEL, to, subject, body, "FAILED", String.valueOf(e.getMessage()), reference, eventKey);
			throw e; // the event stays outstanding and is delivered again later
		}
		log.record(CHANNEL, to, subject, body, "SENT", "", reference, eventKey);
	}
}

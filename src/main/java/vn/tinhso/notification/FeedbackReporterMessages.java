package vn.tinhso.notification;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tinhso.feedback.FeedbackChanged;

/**
 * Tells the reporter of a field report about its public steps on the channel they reported through: by
 * short message when they reported by phone (a hotline call, or a report without an account confirmed by
 * short message), by a Zalo message when they wrote to the Zalo Official Account. Both are short plain
 * text with the report's code and its public page; the steps are those of {@link ReporterSteps}. A question
 * links to the page where it is answered (such reporters have no account), a merge to the original report.
 * E-mail stays with {@link FeedbackNotifications}.
 */
@Component
class FeedbackReporterMessages {

	/** A refusal's reason or a question is quoted up to this length in a Zalo message; the page has the rest. */
	static final int ZALO_NOTE_CHARS = 200;
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;
	private final SmsGateway sms;
	private final ZaloGateway zalo;
	private final NotificationLog log;
	private final String publicUrl;

	FeedbackReporterMessages(MessageSource messages, SmsGateway sms, ZaloGateway zalo, NotificationLog log,
			@Value("${tinhso.public-url:http://localhost:8080}") String publicUrl) {
		this.messages = messages;
		this.sms = sms;
		this.zalo = zalo;
		this.log = log;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener(condition = "T(vn.tinhso.notification.ReporterSteps).messaged(#e)")
	void on(FeedbackChanged e) {
		// {1}: where to go next — the answer page for a question, the original for a merge, else the report's page.
		String page = publicUrl + (!e.answerPage().isEmpty() ? e.answerPage()
				: !e.originalPage().isEmpty() ? e.originalPage() : e.publicPage());
		if (present(e.reporterPhone()) && ReporterSteps.bySms(e.action())) {
			// Short messages are written without diacritics and never quote the note: the page has it.
			String text = text("notify.feedback." + e.action() + ".sms", e.code(), page, e.originalCode());
			deliver(sms.channel(), e.reporterPhone(), text, e, () -> sms.send(e.reporterPhone(), text));
		}
		if (present(e.reporterZaloId()) && ReporterSteps.byZalo(e.action())) {
			String text = text("notify.feedback." + e.action() + ".zalo", e.code(), page, clip(e.note()), e.originalCode())
					.replace(" \n", "\n");
			deliver(zalo.channel(), e.reporterZaloId(), text, e, () -> zalo.send(e.reporterZaloId(), text));
		}
	}

	/** Sends once per step and channel; a failure is logged and rethrown so the event is delivered again. */
	private void deliver(String channel, String to, String text, FeedbackChanged e, Runnable send) {
		if (log.alreadySent(e.eventKey(), channel)) {
			return;
		}
		try {
			send.run();
		}
		catch (RuntimeException ex) {
			log.record(channel, to, "", text, "FAILED", String.valueOf(ex.getMessage()), e.code(), e.eventKey());
			throw ex;
		}
		log.record(channel, to, "", text, "SENT", "", e.code(), e.eventKey());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

	private static boolean present(String s) {
		return s != null && !s.isBlank();
	}

	static String clip(String note) {
		String n = note == null ? "" : note.strip().replaceAll("\\s+", " ");
		return n.length() <= ZALO_NOTE_CHARS ? n : n.substring(0, ZALO_NOTE_CHARS - 1).strip() + "…";
	}
}

package vn.tinhso.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tinhso.dossier.DossierChanged;
import vn.tinhso.platform.ProvinceTime;

/**
 * Tells the applicant about the steps they care about (not internal hand-overs), by e-mail when
 * they gave an address and by short message when they gave a phone number.
 */
@Component
class DossierNotifications {

	static final Set<String> APPLICANT_STEPS = Set.of("SUBMIT", "RECEIVE", "REFUSE_RECEIPT", "REQUEST_SUPPLEMENT",
			"FINANCIAL_OBLIGATION", "APOLOGISE", "APPROVE", "REFUSE", "RETURN_RESULT", "STOP", "WITHDRAW");
	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
	private static final DateTimeFormatter DUE_SMS = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;
	private final EmailChannel email;
	private final SmsGateway sms;
	private final NotificationLog log;
	private final String publicUrl;

	DossierNotifications(MessageSource messages, EmailChannel email, SmsGateway sms, NotificationLog log,
			@Value("${tinhso.public-url:http://localhost:8080}") String publicUrl) {
		this.messages = messages;
		this.email = email;
		this.sms = sms;
		this.log = log;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/**
	 * The condition keeps a step with nothing to send (a hand-over, an applicant without e-mail or phone) from
	 * being recorded as an event publication at all: Spring Modulith registers one only for listeners whose
	 * condition holds, which spares each such step a row written, marked and deleted.
	 */
	@ApplicationModuleListener(condition = "T(vn.tinhso.notification.DossierNotifications).hasMessageFor(#e)")
	void on(DossierChanged e) {
		if (!APPLICANT_STEPS.contains(e.action())) {
			return;
		}
		Object[] args = { e.code(), e.procedureName(), e.applicantName(),
				e.dueAt() == null ? "" : DUE.format(e.dueAt().atZoneSameInstant(ProvinceTime.ZONE)), e.note(),
				publicUrl + "/lookup/" + e.code() };
		String key = "notify.dossier." + e.action();
		if (e.applicantEmail() != null && !e.applicantEmail().isBlank()) {
			email.send(e.applicantEmail(), text(key + ".subject", args), text(key + ".body", args), e.code(), e.eventKey());
		}
		if (e.applicantPhone() != null && !e.applicantPhone().isBlank() && !log.alreadySent(e.eventKey(), sms.channel())) {
			// Short messages are written without diacritics, the appointment included.
			Object[] smsArgs = args.clone();
			smsArgs[3] = e.dueAt() == null ? "" : DUE_SMS.format(e.dueAt().atZoneSameInstant(ProvinceTime.ZONE));
			String text = text(key + ".sms", smsArgs);
			sms.send(e.applicantPhone(), text);
			log.record(sms.channel(), e.applicantPhone(), "", text, "SENT", "", e.code(), e.eventKey());
		}
	}

	/**
	 * Whether the applicant is told about this step on some channel: the listener's condition, evaluated as the
	 * step is published. Public only for the expression language that evaluates it.
	 */
	public static boolean hasMessageFor(DossierChanged e) {
		return APPLICANT_STEPS.contains(e.action()) && (!blank(e.applicantEmail()) || !blank(e.applicantPhone()));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}
}

package vn.tinhso.signing.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.tinhso.signing.VerificationReport;

/** The one-sentence summary of a report, for the page and the API alike. */
@Component
class VerificationMessages {

	private final MessageSource messages;

	VerificationMessages(MessageSource messages) {
		this.messages = messages;
	}

	String summary(VerificationReport report) {
		String key = !report.signed() ? "signing.verify.unsigned"
				: report.allValid() ? "signing.verify.allValid" : "signing.verify.notAllValid";
		return messages.getMessage(key, new Object[] { report.signatures().size() }, LocaleContextHolder.getLocale());
	}
}

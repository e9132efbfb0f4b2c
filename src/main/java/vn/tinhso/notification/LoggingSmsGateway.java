package vn.tinhso.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default short-message channel: writes the message to the application log,
 * with the address masked (the log is read more widely than the notification log).
 */
class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public void send(String phone, String text) {
		log.info("SMS to {}: {}", MaskedAddress.of(phone), text);
	}

	@Override
	public String channel() {
		return "SMS_LOG";
	}
}

package vn.tinhso.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default Zalo channel: writes the message to the application log,
 * with the address masked (the log is read more widely than the notification log).
 */
class LoggingZaloGateway implements ZaloGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingZaloGateway.class);

	@Override
	public void send(String zaloUserId, String text) {
		log.info("Zalo to {}: {}", MaskedAddress.of(zaloUserId), text);
	}

	@Override
	public String channel() {
		return "ZALO_LOG";
	}
}

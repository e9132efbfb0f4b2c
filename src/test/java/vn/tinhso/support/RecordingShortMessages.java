package vn.tinhso.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

import vn.tinhso.notification.SmsGateway;
import vn.tinhso.notification.ZaloGateway;

/**
 * The short-message and Zalo channels of the tests: they keep every message (to whom, what) for tests to
 * read, in place of the logging defaults, whose channel names they keep so the notification log reads
 * as it does without a provider.
 */
public final class RecordingShortMessages {

	/** One message sent: the phone number or Zalo user id, and the text. */
	public record Sent(String to, String text) {
	}

	private RecordingShortMessages() {
	}

	@Component
	public static class Sms implements SmsGateway {

		private final List<Sent> sent = new CopyOnWriteArrayList<>();

		@Override
		public void send(String phone, String text) {
			sent.add(new Sent(phone, text));
		}

		@Override
		public String channel() {
			return "SMS_LOG";
		}

		public List<String> to(String phone) {
			return sent.stream().filter(s -> s.to().equals(phone)).map(Sent::text).toList();
		}
	}

	@Component
	public static class Zalo implements ZaloGateway {

		private final List<Sent> sent = new CopyOnWriteArrayList<>();

		@Override
		public void send(String zaloUserId, String text) {
			sent.add(new Sent(zaloUserId, text));
		}

		@Override
		public String channel() {
			return "ZALO_LOG";
		}

		public List<String> to(String zaloUserId) {
			return sent.stream().filter(s -> s.to().equals(zaloUserId)).map(Sent::text).toList();
		}
	}
}

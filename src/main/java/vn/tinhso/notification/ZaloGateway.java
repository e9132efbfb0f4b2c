package vn.tinhso.notification;

/**
 * Messages to a person on Zalo through the province's Official Account, addressed by the Zalo user id
 * the OA knows them by (they wrote to it first). A deployment provides its own bean calling the OA's
 * API; without one, messages go to the log. Unlike {@link SmsGateway}, the address is not a phone number.
 */
public interface ZaloGateway {

	/** Sends a plain-text message; throws when the platform refuses, so the notification is retried later. */
	void send(String zaloUserId, String text);

	/** The channel's name in the notification log. */
	String channel();
}

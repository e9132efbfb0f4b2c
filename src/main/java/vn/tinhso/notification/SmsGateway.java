package vn.tinhso.notification;

/**
 * A short-message channel (SMS, Zalo Official Account…). A deployment provides its own bean to use a
 * real provider; without one, messages go to the log.
 */
public interface SmsGateway {

	/** Sends a message; throws when the provider refuses, so the notification is retried later. */
	void send(String phone, String text);

	/** The channel's name in the notification log. */
	String channel();
}

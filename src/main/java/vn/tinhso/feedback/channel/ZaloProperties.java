package vn.tinhso.feedback.channel;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The chat-platform webhook ({@code tinhso.feedback.zalo.*}).
 *
 * @param secret the shared HMAC-SHA256 key; empty (the default) turns the webhook off
 * @param maxAgeSeconds messages whose timestamp is older (or further in the future) are refused as replays
 * @param imageHosts hosts image URLs may be fetched from (https only); empty: image URLs are ignored
 * @param imageBytes the largest image fetched or decoded from base64
 */
@ConfigurationProperties("tinhso.feedback.zalo")
record ZaloProperties(@DefaultValue("") String secret, @DefaultValue("300") int maxAgeSeconds,
		@DefaultValue("") List<String> imageHosts, @DefaultValue("8388608") int imageBytes) {

	boolean enabled() {
		return secret != null && !secret.isBlank();
	}
}

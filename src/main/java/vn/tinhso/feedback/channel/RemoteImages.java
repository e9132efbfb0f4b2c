package vn.tinhso.feedback.channel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Fetches an image a chat message links to, only over https from a host on the allow-list (none by
 * default, so nothing is ever fetched), without following redirects, with a time and size limit. This
 * keeps the webhook from being used to reach internal addresses.
 */
@Component
class RemoteImages {

	private final ZaloProperties properties;
	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5)).build();

	RemoteImages(ZaloProperties properties) {
		this.properties = properties;
	}

	boolean allowed(String url) {
		try {
			URI uri = URI.create(url);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null
					&& properties.imageHosts().stream().anyMatch(h -> !h.isBlank()
							&& h.strip().toLowerCase(Locale.ROOT).equals(uri.getHost().toLowerCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** The image's bytes, or empty when the URL is not allowed or the fetch fails or is too large. */
	Optional<byte[]> fetch(String url) {
		if (!allowed(url)) {
			return Optional.empty();
		}
		try {
			HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url))
					.timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream in = response.body()) {
				if (response.statusCode() != 200) {
					return Optional.empty();
				}
				byte[] bytes = in.readNBytes(properties.imageBytes() + 1);
				return bytes.length > properties.imageBytes() ? Optional.empty() : Optional.of(bytes);
			}
		}
		catch (IOException e) {
			return Optional.empty();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}
}

package vn.tinhso.exchange.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.stereotype.Component;

/** Posts edXML to a partner's endpoint with the key it issued us. */
@Component
class PartnerClient {

	/** What came of one attempt; {@code permanent} failures (the partner refused the message) are not retried. */
	record Result(boolean ok, boolean permanent, String error) {
	}

	private final HttpClient http;
	private final DeliveryProperties properties;

	PartnerClient(DeliveryProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
				.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	Result post(String url, String apiKey, byte[] xml) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(properties.requestTimeout())
				.header("Content-Type", "application/xml").header("Accept", "application/json, application/problem+json")
				.header("X-Api-Key", apiKey).POST(HttpRequest.BodyPublishers.ofByteArray(xml)).build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				return new Result(true, false, "");
			}
			String body = response.body() == null ? "" : response.body().strip();
			String error = "HTTP " + status + (body.isEmpty() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) : body));
			// A 4xx means the partner understood and refused this message: sending it again will not help.
			boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
			return new Result(false, permanent, error);
		}
		catch (IOException | IllegalArgumentException e) {
			return new Result(false, false, e.getClass().getSimpleName() + ": " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Result(false, false, "interrupted");
		}
	}
}

package vn.tinhso.fuzz;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tinhso.fuzz.HostileRequest.Actor;
import vn.tinhso.support.Fixtures;

/**
 * The test's real Tomcat on its local port, for what MockMvc cannot send: percent-encoded bytes that
 * are not UTF-8, encoded slashes and NUL in the path, which only the container decodes. Citizens and
 * officials sign in once through the login form and keep their session cookie.
 */
final class RealServer {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;
	private final Map<Actor, HttpClient> clients = new EnumMap<>(Actor.class);

	RealServer(String base, String citizen, String official) throws Exception {
		this.base = base;
		clients.put(Actor.ANONYMOUS, client());
		clients.put(Actor.CITIZEN, signedIn(citizen));
		clients.put(Actor.OFFICIAL, signedIn(official));
	}

	/** A GET of an already encoded path and query, as the actor. */
	ResponseRules.Reply get(Actor actor, String pathAndQuery, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30))
				.header("Accept", accept).GET().build();
		return ResponseRules.Reply.of(clients.get(actor).send(request, HttpResponse.BodyHandlers.ofByteArray()));
	}

	private HttpClient signedIn(String username) throws Exception {
		HttpClient client = client();
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=" + encode(username) + "&password=" + encode(Fixtures.PASSWORD) + "&_csrf="
				+ encode(token.group(1));
		HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		String landing = signIn.headers().firstValue("Location").orElse("");
		if (signIn.statusCode() != 302 || landing.contains("error")) {
			throw new IllegalStateException("Could not sign in " + username + ": " + signIn.statusCode() + " " + landing);
		}
		return client;
	}

	private static HttpClient client() {
		// HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every plain-text request.
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}

package testidp;

import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * A real OpenID Connect provider running in the test's JVM on a free port, started before the
 * application under test so that the application can read its discovery document at start-up.
 * It reads none of the application's configuration files and keeps its session in its own cookie,
 * so it does not clash with the application when both run on {@code localhost}.
 */
public final class TestIdentityProvider implements AutoCloseable {

	public static final String CLIENT_ID = IdentityProviderConfiguration.CLIENT_ID;
	public static final String CLIENT_SECRET = IdentityProviderConfiguration.CLIENT_SECRET;
	public static final String SESSION_COOKIE = "TESTIDP_SESSION";

	private final ConfigurableApplicationContext context;
	private final int port;

	private TestIdentityProvider(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public static TestIdentityProvider start() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(IdentityProviderConfiguration.class)
				.web(WebApplicationType.SERVLET)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.run("--spring.config.name=testidp", // not the application's application.yml
						"--server.port=0",
						"--server.servlet.session.cookie.name=" + SESSION_COOKIE);
		return new TestIdentityProvider(context);
	}

	/** The issuer, as the provider's discovery document and ID tokens state it. */
	public String issuer() {
		return "http://localhost:" + port;
	}

	/** A person who can sign in at the provider; {@code idTokenClaims} are added to their ID token. */
	public void addUser(String username, String password, Map<String, Object> idTokenClaims) {
		context.getBean(ProviderUsers.class).add(username, password, idTokenClaims);
	}

	/** Registers one more exact redirect URI for the client, as an operator would for a new deployment. */
	public void allowRedirectUri(String redirectUri) {
		InMemoryRegisteredClientRepository clients = context.getBean(InMemoryRegisteredClientRepository.class);
		RegisteredClient client = clients.findByClientId(CLIENT_ID);
		if (!client.getRedirectUris().contains(redirectUri)) {
			clients.save(RegisteredClient.from(client).redirectUri(redirectUri).build());
		}
	}

	@Override
	public void close() {
		context.close();
	}
}

package testidp;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A small OpenID Connect provider (Spring Security's authorization server) for tests. It lives outside
 * {@code vn.tinhso} so the application's component scan never sees it, and it switches on only the
 * auto-configurations it needs (a Tomcat, a dispatcher servlet, the security filter): the database,
 * Flyway, JDBC sessions, actuator and the rest of the application's classpath stay off.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
		DispatcherServletAutoConfiguration.class, SecurityFilterAutoConfiguration.class })
class IdentityProviderConfiguration {

	static final String CLIENT_ID = "tinhso";
	static final String CLIENT_SECRET = "tinhso-test-secret";
	/** Registered at start; the application's real redirect URI is added once its port is known. */
	static final String PLACEHOLDER_REDIRECT = "http://127.0.0.1/login/oauth2/code/vneid";

	/** The authorization server's endpoints: authorize, token, JWK set, discovery, user info. */
	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer(server -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults());
		});
		http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
		// The user info endpoint takes the access token as a bearer token.
		http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
		http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
				new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	/** Everything else: the provider's own sign-in form. */
	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
		http.formLogin(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	InMemoryRegisteredClientRepository registeredClients() {
		return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri(PLACEHOLDER_REDIRECT)
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.scope(OidcScopes.EMAIL)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build());
	}

	@Bean
	ProviderUsers providerUsers() {
		return new ProviderUsers();
	}

	@Bean
	InMemoryUserDetailsManager userDetailsService(ProviderUsers users) {
		return users.logins();
	}

	/** Puts each user's extra claims (e.g. the personal id, the full name) into their ID token. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> idTokenCustomizer(ProviderUsers users) {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				context.getClaims().claims(claims -> claims.putAll(users.claimsOf(context.getPrincipal().getName())));
			}
		};
	}

	@Bean
	JWKSource<SecurityContext> jwkSource() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
				.keyID(UUID.randomUUID().toString()).build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
	}

	/** No fixed issuer: it is taken from the request, i.e. {@code http://localhost:<port>}. */
	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().build();
	}
}

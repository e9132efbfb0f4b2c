package vn.tinhso.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.tinhso.platform.ImageSources;
import vn.tinhso.platform.LoginDetails;
import vn.tinhso.platform.RouteAuthorizations;

/**
 * The one filter chain. Browsers get a login page, CSRF protection and strict security headers;
 * API clients get problem details for 401/403 and may use HTTP Basic (then no CSRF token is needed,
 * since no cookie carries the identity).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	/** The policy, with the image origins modules declare (map tiles) added to img-src only. */
	static String csp(List<ImageSources> imageSources) {
		StringBuilder img = new StringBuilder("'self' data: blob:");
		imageSources.stream().flatMap(s -> s.imageOrigins().stream()).distinct().forEach(o -> img.append(' ').append(o));
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + img + "; font-src 'self'; "
				+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
	}

	/** Swagger UI injects inline styles; it gets a slightly looser policy on its own paths only. */
	static String swaggerCsp(String csp) {
		return csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
	}

	/**
	 * No observation around each security filter, the authentication or the authorization: with the
	 * observations only switched off, every request still went through a wrapper per filter (a tenth of
	 * a dossier action's CPU in bench/README.md, "Dossiers"). HTTP request metrics stay.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id for new hashes; bcrypt kept readable for imported legacy hashes.
		return new DelegatingPasswordEncoder("argon2", Map.of(
				"argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, List<RouteAuthorizations> moduleRoutes,
			ObjectProvider<ClientRegistrationRepository> oidcClients,
			ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUsers,
			ProblemResponses problems, List<ImageSources> imageSources) throws Exception {
		String csp = csp(imageSources);
		String swaggerCsp = swaggerCsp(csp);
		RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
		RequestMatcher swagger = PathPatternRequestMatcher.pathPattern("/swagger-ui/**");
		http.authorizeHttpRequests(routes -> {
			routes.requestMatchers("/", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
					"/login", "/register", "/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
					"/swagger-ui/**", "/swagger-ui.html", "/lang").permitAll();
			routes.requestMatchers("/actuator/prometheus").access(new LocalOrSystemAdmin());
			moduleRoutes.forEach(m -> m.configure(routes));
			routes.anyRequest().authenticated();
		});
		http.formLogin(form -> form.loginPage("/login")
				.authenticationDetailsSource(LoginDetails::new)
				.successHandler(new LandingPageSuccessHandler())
				.failureHandler(new LoginFailureHandler())
				.permitAll());
		http.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"));
		http.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor(problems::unauthorized, api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
				.defaultAccessDeniedHandlerFor(problems::forbidden, api));
		// Only HTTP Basic proves the identity without a cookie; any other Authorization header leaves CSRF on.
		// Endpoints a module declares self-authenticated (a partner's API key) never act on a session.
		List<RequestMatcher> noCsrf = new ArrayList<>();
		noCsrf.add(request -> {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		});
		moduleRoutes.forEach(m -> noCsrf.addAll(m.selfAuthenticated()));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(noCsrf.toArray(RequestMatcher[]::new)));
		http.headers(headers -> headers
				.contentSecurityPolicy(policy -> policy.policyDirectives(csp))
				.addHeaderWriter((request, response) -> {
					if (swagger.matches(request)) {
						response.setHeader("Content-Security-Policy", swaggerCsp);
					}
				})
				.referrerPolicy(ref -> ref.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(p -> p.policy("camera=(self), geolocation=(self), microphone=()"))
				.frameOptions(frame -> frame.deny()));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> {
				oidc.loginPage("/login").successHandler(new LandingPageSuccessHandler())
						.failureHandler(new LoginFailureHandler());
				oidcUsers.ifAvailable(service -> oidc.userInfoEndpoint(info -> info.oidcUserService(service)));
			});
		}
		return http.build();
	}
}

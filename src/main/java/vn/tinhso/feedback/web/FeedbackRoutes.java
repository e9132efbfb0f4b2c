package vn.tinhso.feedback.web;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.RouteAuthorizations;

/**
 * Public reading (categories, boundaries, public reports, nearby suggestions, published photos, the
 * Open311 API); administration for system administrators; reporting and handling for signed-in users,
 * with the report-by-report checks in the services. The Open311 API acts on an API key (to create) or
 * on nobody (to read), never on a session, so it needs no CSRF token.
 */
@Component
class FeedbackRoutes implements RouteAuthorizations {

	private static final String[] GUEST_AND_CHANNELS = { "/api/v1/feedback/guest/**", "/api/v1/feedback/channels/**" };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		// Guests (checked by their confirmation code) and the chat webhook (by its signature): no session.
		routes.requestMatchers(GUEST_AND_CHANNELS).permitAll();
		routes.requestMatchers(HttpMethod.GET, "/api/v1/feedback/categories", "/api/v1/feedback/categories/*",
				"/api/v1/feedback/boundaries", "/api/v1/feedback/locate", "/api/v1/feedback/public/**",
				"/api/v1/feedback/reports/nearby", "/api/v1/feedback/reports/*/photos/*").permitAll();
		routes.requestMatchers("/api/v1/feedback/categories", "/api/v1/feedback/categories/**",
				"/api/v1/feedback/boundaries", "/api/v1/feedback/api-keys", "/api/v1/feedback/api-keys/**")
				.hasRole("SYSTEM_ADMIN");
		routes.requestMatchers("/api/v1/feedback/**").authenticated();
		routes.requestMatchers("/open311/**").permitAll();
	}

	@Override
	public List<RequestMatcher> selfAuthenticated() {
		return List.of(PathPatternRequestMatcher.pathPattern("/open311/**"),
				PathPatternRequestMatcher.pathPattern(GUEST_AND_CHANNELS[0]),
				PathPatternRequestMatcher.pathPattern(GUEST_AND_CHANNELS[1]));
	}
}

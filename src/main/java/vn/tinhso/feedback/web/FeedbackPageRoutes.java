package vn.tinhso.feedback.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.RouteAuthorizations;

/**
 * The feedback pages: the public map, list and report pages for everyone; the report form for everyone
 * (visitors without an account are sent on to the guest form); the guest pages (form, code, confirmation)
 * for everyone, reading and posting, with the usual CSRF token of a browser form; sending the citizen's
 * form, "my reports" and the staff pages for signed-in users (whose role the pages check).
 */
@Component
class FeedbackPageRoutes implements RouteAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/feedback/guest", "/feedback/guest/*", "/feedback/guest/*/done").permitAll();
		// A question's answer page: the token in the address stands for the reporter, who has no account.
		routes.requestMatchers("/feedback/info/*").permitAll();
		routes.requestMatchers(HttpMethod.GET, "/feedback", "/feedback/map.json", "/feedback/*").permitAll();
	}
}

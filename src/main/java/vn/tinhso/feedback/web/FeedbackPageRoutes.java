package vn.tinhso.feedback.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.RouteAuthorizations;

/**
 * The feedback pages: the public map, list and report pages for everyone; the form, "my reports" and
 * the staff pages for signed-in users (whose role the pages check).
 */
@Component
class FeedbackPageRoutes implements RouteAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/feedback/new").authenticated();
		routes.requestMatchers(HttpMethod.GET, "/feedback", "/feedback/map.json", "/feedback/*").permitAll();
	}
}

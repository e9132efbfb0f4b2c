package vn.tinhso.feedback.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.RouteAuthorizations;

/**
 * The feedback administration pages (categories, boundaries, Open311 keys) are for system
 * administrators, as their APIs are. The staff figures page falls under {@code /staff/**} (officials),
 * and the figures service narrows it to the official's agencies.
 */
@Component
class FeedbackAdminRoutes implements RouteAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/admin/feedback", "/admin/feedback/**").hasRole("SYSTEM_ADMIN");
	}
}

package vn.tinhso.portal.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.RouteAuthorizations;

@Component
class PortalRoutes implements RouteAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/staff", "/staff/**").hasRole("OFFICIAL");
		routes.requestMatchers("/admin").hasAnyRole("SYSTEM_ADMIN", "AGENCY_ADMIN");
	}
}

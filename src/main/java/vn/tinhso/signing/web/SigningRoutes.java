package vn.tinhso.signing.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.RouteAuthorizations;

/**
 * Anyone signed in may verify a signed PDF; keys and images are managed by system and agency
 * administrators (which agency an agency administrator may touch is checked by the service).
 */
@Component
class SigningRoutes implements RouteAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/signatures/verify", "/api/v1/signatures/**").authenticated();
		routes.requestMatchers("/api/v1/signing/**", "/admin/signing", "/admin/signing/**")
				.hasAnyRole("SYSTEM_ADMIN", "AGENCY_ADMIN");
	}
}

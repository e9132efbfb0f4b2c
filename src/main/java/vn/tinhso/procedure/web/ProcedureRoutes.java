package vn.tinhso.procedure.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.RouteAuthorizations;

/** The published catalogue is public; the province's system administrators maintain it. */
@Component
class ProcedureRoutes implements RouteAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/api/v1/procedures/export", "/api/v1/procedures/import").hasRole("SYSTEM_ADMIN");
		routes.requestMatchers(HttpMethod.GET, "/procedures", "/procedures/**", "/api/v1/procedures",
				"/api/v1/procedures/**").permitAll();
		routes.requestMatchers("/api/v1/procedures", "/api/v1/procedures/**", "/admin/procedures",
				"/admin/procedures/**").hasRole("SYSTEM_ADMIN");
	}
}

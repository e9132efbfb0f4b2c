package vn.tinhso.directory.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.RouteAuthorizations;

/** First gate for the directory's URLs; which agency may be touched is checked in the services. */
@Component
class DirectoryRoutes implements RouteAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/directory", "/directory/**").permitAll();
		routes.requestMatchers(HttpMethod.GET, "/api/v1/agencies", "/api/v1/agencies/**").hasRole("OFFICIAL");
		routes.requestMatchers("/api/v1/agencies/**", "/api/v1/agencies", "/api/v1/officials", "/api/v1/officials/**",
				"/api/v1/imports/**", "/admin/agencies/**", "/admin/agencies", "/admin/officials/**",
				"/admin/officials", "/admin/imports/**", "/admin/imports")
				.hasAnyRole("SYSTEM_ADMIN", "AGENCY_ADMIN");
	}
}

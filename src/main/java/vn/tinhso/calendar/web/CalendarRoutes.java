package vn.tinhso.calendar.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.RouteAuthorizations;

/** The calendar is public to read; only system administrators change it. */
@Component
class CalendarRoutes implements RouteAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/api/v1/calendar/**").permitAll();
		routes.requestMatchers("/api/v1/calendar/**", "/admin/calendar", "/admin/calendar/**").hasRole("SYSTEM_ADMIN");
	}
}

package vn.tinhso.exchange.web;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.RouteAuthorizations;

/**
 * Partners post edXML without a user: those two endpoints check the partner's API key themselves.
 * Everything else under the exchange API is for system administrators.
 */
@Component
class ExchangeRoutes implements RouteAuthorizations {

	static final String PACKAGES = "/api/v1/exchange/packages";
	static final String STATUS = "/api/v1/exchange/status";

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.POST, PACKAGES, STATUS).permitAll();
		routes.requestMatchers("/api/v1/exchange", "/api/v1/exchange/**").hasRole("SYSTEM_ADMIN");
	}

	@Override
	public List<RequestMatcher> selfAuthenticated() {
		return List.of(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, PACKAGES),
				PathPatternRequestMatcher.pathPattern(HttpMethod.POST, STATUS));
	}
}

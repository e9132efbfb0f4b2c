package vn.tinhso.dossier.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.RouteAuthorizations;

/**
 * Status lookup is public (it shows no personal data); everything else needs a signed-in user, and
 * which dossier they may see or act on is checked in the service on every request.
 */
@Component
class DossierRoutes implements RouteAuthorizations {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/lookup", "/lookup/**", "/api/v1/lookup/**", "/api/v1/dossier-figures", "/figures").permitAll();
		routes.requestMatchers("/staff/dossiers", "/staff/dossiers/**").hasRole("OFFICIAL");
		routes.requestMatchers("/api/v1/dossiers", "/api/v1/dossiers/**", "/dossiers/**", "/my/**").authenticated();
	}
}

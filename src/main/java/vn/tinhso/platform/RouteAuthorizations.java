package vn.tinhso.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL rules, added to the one security filter chain. Fine-grained checks (which agency,
 * whose dossier) stay in the module's services; these rules are the first gate.
 */
public interface RouteAuthorizations {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}

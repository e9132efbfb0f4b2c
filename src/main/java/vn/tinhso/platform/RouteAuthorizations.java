package vn.tinhso.platform;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A module's URL rules, added to the one security filter chain. Fine-grained checks (which agency,
 * whose dossier) stay in the module's services; these rules are the first gate.
 */
public interface RouteAuthorizations {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);

	/**
	 * Machine endpoints that check their caller's credentials on every request themselves (an API key
	 * header) and grant a browser session nothing: CSRF tokens are not asked for there, and only there.
	 */
	default List<RequestMatcher> selfAuthenticated() {
		return List.of();
	}
}

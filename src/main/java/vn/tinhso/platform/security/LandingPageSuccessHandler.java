package vn.tinhso.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import vn.tinhso.platform.ActorPrincipal;

/** After login: back to the page that asked for it, else officials to their workspace, others to their account. */
class LandingPageSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	/** Chosen per request: the handler is shared, so it must not change its own state. */
	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		boolean official = authentication.getPrincipal() instanceof ActorPrincipal p && p.actor().isOfficial();
		return official ? "/staff" : "/account";
	}
}

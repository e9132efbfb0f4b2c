package vn.tinhso.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import vn.tinhso.platform.ActorPrincipal;

/** After login: back to the page that asked for it, else officials to their workspace, others to their account. */
class LandingPageSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		boolean official = authentication.getPrincipal() instanceof ActorPrincipal p && p.actor().isOfficial();
		setDefaultTargetUrl(official ? "/staff" : "/account");
		super.onAuthenticationSuccess(request, response, authentication);
	}
}

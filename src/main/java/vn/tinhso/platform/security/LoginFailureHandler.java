package vn.tinhso.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import vn.tinhso.platform.LoginRefusedException;

/**
 * Sends the user back to the login page with a reason code the page can translate. The code is
 * chosen here from a fixed set, never echoed from the exception text.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason(exception));
	}

	static String reason(AuthenticationException e) {
		if (e instanceof LoginRefusedException refused) {
			return refused.code().replace("login.", "");
		}
		if (e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth
				&& oauth.getError().getDescription() != null && oauth.getError().getDescription().startsWith("login.")) {
			return oauth.getError().getDescription().replace("login.", "");
		}
		if (e instanceof LockedException) {
			return "locked";
		}
		if (e instanceof DisabledException) {
			return "disabled";
		}
		if (e instanceof BadCredentialsException) {
			return "bad-credentials";
		}
		return "failed";
	}
}

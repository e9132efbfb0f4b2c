package vn.tinhso.platform.capacity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs as a request reaches its handler, after security has loaded the signed-in user. It marks the
 * request (a database failure after this point may follow committed work, so the door must not turn
 * it into "try again") and remembers the session cookie or credentials of a signed-in user, for the
 * door to recognise on their next requests.
 */
final class HandlerReached implements HandlerInterceptor {

	/** Request attribute: present once the request's handler was about to run. */
	static final String ATTRIBUTE = HandlerReached.class.getName();

	private final ClientKeys clients;

	HandlerReached(ClientKeys clients) {
		this.clients = clients;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
			return true;
		}
		String credentials = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (credentials != null) {
			clients.signedInClients().remember(ClientKeys.CREDENTIALS, credentials);
		}
		// Only the session the cookie named: after sign-in the id changes and the browser gets a new cookie.
		String cookie = clients.session(request);
		HttpSession session = request.getSession(false);
		if (cookie != null && session != null && request.isRequestedSessionIdValid()
				&& session.getId().equals(request.getRequestedSessionId())) {
			clients.signedInClients().remember(ClientKeys.SESSION, cookie);
		}
		return true;
	}

	static boolean reached(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) != null;
	}
}

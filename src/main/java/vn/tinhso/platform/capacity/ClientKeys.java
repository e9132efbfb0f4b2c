package vn.tinhso.platform.capacity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Who a request counts against for the per-client share: its browser session or its credentials when
 * they were seen signed in (many people behind one office or carrier address stay apart), otherwise
 * its address, so that made-up cookies or headers buy no share of their own. Behind a reverse proxy,
 * set {@code server.forward-headers-strategy=native} so the address is the client's.
 */
final class ClientKeys {

	static final String SESSION = "session";
	static final String CREDENTIALS = "credentials";

	private final String sessionCookie;
	private final SignedInClients signedIn;

	ClientKeys(String sessionCookie, SignedInClients signedIn) {
		this.sessionCookie = sessionCookie;
		this.signedIn = signedIn;
	}

	String keyOf(HttpServletRequest request) {
		String session = session(request);
		if (signedIn.knows(SESSION, session)) {
			return "session:" + session;
		}
		String credentials = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (signedIn.knows(CREDENTIALS, credentials)) {
			return "credentials:" + Integer.toHexString(credentials.hashCode()) + ":" + request.getRemoteAddr();
		}
		return "address:" + request.getRemoteAddr();
	}

	/** Whether the request carries a session or credentials seen signed in, rather than just any cookie or header. */
	boolean signedIn(HttpServletRequest request) {
		return signedIn.knows(SESSION, session(request))
				|| signedIn.knows(CREDENTIALS, request.getHeader(HttpHeaders.AUTHORIZATION));
	}

	SignedInClients signedInClients() {
		return signedIn;
	}

	/** The session cookie's value, without asking the session store (which may be what is overloaded). */
	String session(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (sessionCookie.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
				return cookie.getValue();
			}
		}
		return null;
	}
}

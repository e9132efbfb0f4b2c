package vn.tinhso.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Metrics are for the machine's own scraper (loopback) or a signed-in system administrator. */
class LocalOrSystemAdmin implements AuthorizationManager<RequestAuthorizationContext> {

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		if (isLoopback(context.getRequest().getRemoteAddr())) {
			return new AuthorizationDecision(true);
		}
		Authentication auth = authentication.get();
		boolean admin = auth != null && auth.getAuthorities().stream()
				.anyMatch(a -> "ROLE_SYSTEM_ADMIN".equals(a.getAuthority()));
		return new AuthorizationDecision(admin);
	}

	private static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException e) {
			return false;
		}
	}
}

package vn.tinhso.platform;

import java.util.Optional;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current request came from. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so this is the client's address, not the proxy's.
 */
public final class RequestOrigin {

	private RequestOrigin() {
	}

	public static Optional<String> clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return Optional.ofNullable(attributes.getRequest().getRemoteAddr());
		}
		return Optional.empty();
	}
}

package vn.tinhso.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the acting user of the current request. */
public final class Actors {

	private Actors() {
	}

	public static Optional<Actor> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ActorPrincipal p) {
			return Optional.of(p.actor());
		}
		return Optional.empty();
	}

	/** The acting user, or an "authentication required" problem. */
	public static Actor require() {
		return current().orElseThrow(() -> DomainException.unauthorized("auth.required"));
	}
}

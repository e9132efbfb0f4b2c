package testidp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The provider's people: a sign-in (username, password) and the extra claims its ID tokens carry. */
final class ProviderUsers {

	private final InMemoryUserDetailsManager logins = new InMemoryUserDetailsManager();
	private final Map<String, Map<String, Object>> claims = new ConcurrentHashMap<>();

	void add(String username, String password, Map<String, Object> idTokenClaims) {
		if (logins.userExists(username)) {
			logins.deleteUser(username);
		}
		logins.createUser(User.withUsername(username).password("{noop}" + password).roles("USER").build());
		claims.put(username, Map.copyOf(idTokenClaims));
	}

	Map<String, Object> claimsOf(String username) {
		return claims.getOrDefault(username, Map.of());
	}

	InMemoryUserDetailsManager logins() {
		return logins;
	}
}

package vn.tinhso.directory.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** Ends a user's sessions on every node (they live in the database) when they are deactivated or re-keyed. */
@Component
public class SessionTerminator {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	/** Removes all sessions of {@code username} except {@code keepSessionId} (may be null). */
	public void endSessions(String username, String keepSessionId) {
		FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		repository.findByPrincipalName(username).keySet().stream()
				.filter(id -> !id.equals(keepSessionId))
				.forEach(repository::deleteById);
	}
}

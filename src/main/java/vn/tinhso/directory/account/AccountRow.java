package vn.tinhso.directory.account;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.tinhso.platform.AccountKind;
import vn.tinhso.platform.Actor;

/**
 * An account as stored: credentials and sign-in state, not the profile.
 *
 * @param roles the roles an official holds in any agency (empty for others)
 */
public record AccountRow(long id, String username, AccountKind kind, String displayName, String email, String phone,
		String passwordHash, boolean mustChangePassword, int failedLogins, OffsetDateTime lockedUntil,
		String totpSecret, boolean totpEnabled, long totpLastStep, boolean active, OffsetDateTime lastLoginAt,
		List<String> roles) {

	public Actor actor() {
		return new Actor(id, username, displayName, kind);
	}

	/** The coarse authorities of its principal: its kind, and for an official each role held anywhere. */
	List<String> authorities() {
		List<String> authorities = new ArrayList<>();
		authorities.add("ROLE_" + kind.name());
		roles.forEach(role -> authorities.add("ROLE_" + role));
		return authorities;
	}

	boolean lockedAt(OffsetDateTime now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}

package vn.tinhso.directory.account;

import java.time.OffsetDateTime;

import vn.tinhso.platform.AccountKind;
import vn.tinhso.platform.Actor;

/** An account as stored: credentials and sign-in state, not the profile. */
public record AccountRow(long id, String username, AccountKind kind, String displayName, String email, String phone,
		String passwordHash, boolean mustChangePassword, int failedLogins, OffsetDateTime lockedUntil,
		String totpSecret, boolean totpEnabled, long totpLastStep, boolean active) {

	public Actor actor() {
		return new Actor(id, username, displayName, kind);
	}

	boolean lockedAt(OffsetDateTime now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}

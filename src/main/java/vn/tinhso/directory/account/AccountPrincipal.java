package vn.tinhso.directory.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.tinhso.platform.Actor;
import vn.tinhso.platform.ActorPrincipal;

/**
 * The signed-in user held in the (database-stored) session. Authorities are the coarse gate
 * ({@code ROLE_OFFICIAL}, {@code ROLE_LEADER}…); which agency a role applies to is checked against
 * the database on each request.
 */
public final class AccountPrincipal implements UserDetails, ActorPrincipal {

	private static final long serialVersionUID = 1L;

	private final Actor actor;
	private final List<String> authorities;
	private final boolean mustChangePassword;

	public AccountPrincipal(Actor actor, List<String> authorities, boolean mustChangePassword) {
		this.actor = actor;
		this.authorities = List.copyOf(authorities);
		this.mustChangePassword = mustChangePassword;
	}

	/** Whether the account held a temporary password when this principal was signed in. */
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return null; // never kept in the session
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public String toString() {
		return actor.username();
	}
}

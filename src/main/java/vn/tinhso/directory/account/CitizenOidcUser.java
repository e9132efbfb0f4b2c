package vn.tinhso.directory.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.tinhso.platform.Actor;
import vn.tinhso.platform.ActorPrincipal;

/** A citizen signed in through OIDC, carrying the TinhSo account it maps to. */
final class CitizenOidcUser extends DefaultOidcUser implements ActorPrincipal {

	private static final long serialVersionUID = 1L;

	private final Actor actor;

	CitizenOidcUser(Actor actor, List<String> authorities, OidcUser user) {
		super(authorities.stream().map(SimpleGrantedAuthority::new).toList(), user.getIdToken(), user.getUserInfo(),
				"sub");
		this.actor = actor;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public String getName() {
		return actor.username();
	}
}

package vn.tinhso.directory.account;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.PersonalId;
import vn.tinhso.platform.AccountKind;
import vn.tinhso.platform.Actor;

/**
 * Citizens signing in through an OpenID Connect provider (the national e-ID is OIDC-shaped): the
 * account is found by issuer + subject, else linked by the personal id claim to an existing citizen,
 * else created on first sign-in. A provider that sends no valid personal id is refused.
 */
@Component
class OidcCitizens implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();
	private final Accounts accounts;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final AuditLog audit;
	private final String personalIdClaim;

	OidcCitizens(Accounts accounts, JdbcClient jdbc, TransactionTemplate tx, AuditLog audit,
			@Value("${tinhso.oidc.personal-id-claim:personal_id}") String personalIdClaim) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.tx = tx;
		this.audit = audit;
		this.personalIdClaim = personalIdClaim;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = delegate.loadUser(request);
		String issuer = String.valueOf(user.getIssuer());
		AccountRow account = tx.execute(status -> accounts.findByOidc(issuer, user.getSubject())
				.orElseGet(() -> linkOrCreate(user, issuer)));
		if (account == null || !account.active()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled", "login.disabled", null));
		}
		return new CitizenOidcUser(account.actor(), List.of("ROLE_CITIZEN"), user);
	}

	private AccountRow linkOrCreate(OidcUser user, String issuer) {
		String personalId = user.getClaimAsString(personalIdClaim);
		if (!PersonalId.isValid(personalId)) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_personal_id", "login.oidc-personal-id", null));
		}
		AccountRow account = accounts.findByUsername(personalId).orElse(null);
		if (account != null && account.kind() != AccountKind.CITIZEN) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_personal_id", "login.oidc-personal-id", null));
		}
		if (account == null) {
			String name = user.getFullName() != null ? user.getFullName() : personalId;
			long id = accounts.insert(AccountKind.CITIZEN, personalId, name, nullToEmpty(user.getEmail()),
					nullToEmpty(user.getPhoneNumber()), null, false);
			jdbc.sql("insert into citizen (account_id, personal_id, full_name) values (?, ?, ?)")
					.params(id, personalId, name).update();
			account = accounts.findById(id).orElseThrow();
		}
		accounts.linkOidc(account.id(), issuer, user.getSubject());
		Actor actor = account.actor();
		audit.recordFor(actor, null, null, "account.oidc-link", "account", personalId, issuer);
		return accounts.findById(account.id()).orElseThrow();
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}

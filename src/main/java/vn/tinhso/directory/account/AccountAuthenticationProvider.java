package vn.tinhso.directory.account;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.platform.LoginDetails;
import vn.tinhso.platform.LoginRefusedException;

/**
 * Password sign-in for every kind of account: lockout after repeated failures, the TOTP second
 * factor when an official has turned it on, transparent re-hashing of old password hashes.
 * Failures are committed at once (no surrounding transaction), so an attacker cannot roll them back.
 */
@Component
@EnableConfigurationProperties(LockoutProperties.class)
class AccountAuthenticationProvider implements AuthenticationProvider {

	private final Accounts accounts;
	private final PasswordChecks passwords;
	private final LockoutProperties lockout;
	private final AuditLog audit;

	AccountAuthenticationProvider(Accounts accounts, PasswordChecks passwords, LockoutProperties lockout, AuditLog audit) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.lockout = lockout;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getPrincipal()).strip();
		String password = String.valueOf(authentication.getCredentials());
		String clientIp = authentication.getDetails() instanceof LoginDetails d ? d.getRemoteAddress() : null;
		Optional<AccountRow> found = accounts.findByUsername(username);
		if (found.isEmpty() || found.get().passwordHash() == null) {
			passwords.burnForUnknownUser(password);
			throw new BadCredentialsException("bad credentials");
		}
		AccountRow account = found.get();
		if (!account.active() || account.lockedAt(OffsetDateTime.now())) {
			// Same effort as a password check, so timing does not tell these accounts apart from others.
			passwords.burnForUnknownUser(password);
			if (!account.active()) {
				throw new DisabledException("disabled");
			}
			throw new LoginRefusedException("login.locked");
		}
		if (!passwords.matches(account.username(), password, account.passwordHash())) {
			fail(account, clientIp);
			throw new BadCredentialsException("bad credentials");
		}
		if (account.totpEnabled()) {
			checkSecondFactor(account, authentication, clientIp);
		}
		if (passwords.needsRehash(account.passwordHash())) {
			accounts.setPassword(account.id(), passwords.hash(password), account.mustChangePassword());
		}
		accounts.recordSuccess(account, OffsetDateTime.now());
		if (account.kind() == vn.tinhso.platform.AccountKind.OFFICIAL && authentication.getDetails() instanceof LoginDetails) {
			// Interactive sign-ins of staff are privileged; API calls with HTTP Basic would flood the log.
			audit.recordFor(account.actor(), null, clientIp, "account.sign-in", "account", account.username(), "");
		}
		AccountPrincipal principal = new AccountPrincipal(account.actor(), account.authorities(),
				account.mustChangePassword());
		var token = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
		token.setDetails(authentication.getDetails());
		return token;
	}

	private void checkSecondFactor(AccountRow account, Authentication authentication, String clientIp) {
		String code = authentication.getDetails() instanceof LoginDetails d ? d.oneTimeCode() : "";
		if (code.isEmpty()) {
			throw new LoginRefusedException("login.otp-required");
		}
		OptionalLong step = Totp.matchingStep(account.totpSecret(), code, java.time.Instant.now());
		if (step.isEmpty() || !accounts.useTotpStep(account.id(), step.getAsLong())) {
			fail(account, clientIp);
			throw new LoginRefusedException("login.otp-invalid");
		}
	}

	private void fail(AccountRow account, String clientIp) {
		int failures = accounts.recordFailure(account.id());
		if (failures >= lockout.maxFailures()) {
			accounts.lockUntil(account.id(), OffsetDateTime.now().plus(lockout.duration()));
			audit.recordFor(null, account.username(), clientIp, "account.locked", "account", account.username(),
					failures + " failed sign-ins");
			throw new LoginRefusedException("login.locked");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}

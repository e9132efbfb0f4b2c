package vn.tinhso.directory.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.PersonalId;
import vn.tinhso.directory.TaxCode;
import vn.tinhso.platform.AccountKind;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/** Self-service: registration, password change, the TOTP second factor. */
@Service
public class AccountService {

	static final Pattern MOBILE = Pattern.compile("^(0|\\+84)[35789]\\d{8}$");
	static final Pattern PHONE = Pattern.compile("^(0|\\+84)\\d{9,10}$");

	private final Accounts accounts;
	private final PasswordEncoder encoder;
	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final SessionTerminator sessions;

	AccountService(Accounts accounts, PasswordEncoder encoder, JdbcClient jdbc, AuditLog audit,
			SessionTerminator sessions) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.jdbc = jdbc;
		this.audit = audit;
		this.sessions = sessions;
	}

	@Transactional
	public AccountRow register(Registration r) {
		return register(r, null);
	}

	/**
	 * Registers with a password hashed beforehand (the demo data hashes its one password once);
	 * the password itself is still checked against the policy.
	 */
	@Transactional
	public AccountRow register(Registration r, String precomputedHash) {
		boolean organisation = "ORGANISATION".equals(r.applicantType());
		String username = organisation ? TaxCode.normalize(r.identifier()) : r.identifier();
		List<FieldProblem> problems = new ArrayList<>();
		String idProblem = organisation ? TaxCode.problem(r.identifier()) : PersonalId.problem(r.identifier());
		if (idProblem != null) {
			problems.add(new FieldProblem("identifier", idProblem));
		}
		if (r.name().isEmpty() || r.name().length() > 200) {
			problems.add(new FieldProblem("name", r.name().isEmpty() ? "value.required" : "value.too-long", 200));
		}
		if (!vn.tinhso.platform.Emails.isValid(r.email())) {
			problems.add(new FieldProblem("email", "value.email"));
		}
		if (!r.phone().isEmpty() && !(organisation ? PHONE : MOBILE).matcher(r.phone()).matches()) {
			problems.add(new FieldProblem("phone", organisation ? "value.phone" : "value.mobile"));
		}
		if (organisation && r.address().isEmpty()) {
			problems.add(new FieldProblem("address", "value.required"));
		}
		String passwordProblem = PasswordPolicy.problem(r.password(), username);
		if (passwordProblem != null) {
			problems.add(new FieldProblem("password", passwordProblem, PasswordPolicy.MIN_LENGTH));
		}
		else if (!r.password().equals(r.passwordConfirmation())) {
			problems.add(new FieldProblem("passwordConfirmation", "password.mismatch"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		if (accounts.usernameTaken(username)) {
			throw DomainException.conflict(organisation ? "account.tax-code.taken" : "account.personal-id.taken");
		}
		AccountKind kind = organisation ? AccountKind.ORGANISATION : AccountKind.CITIZEN;
		String hash = precomputedHash != null ? precomputedHash : encoder.encode(r.password());
		long id = accounts.insert(kind, username, r.name(), r.email(), r.phone(), hash, false);
		if (organisation) {
			jdbc.sql("insert into organisation (account_id, tax_code, name, address) values (?, ?, ?, ?)")
					.params(id, username, r.name(), r.address()).update();
		}
		else {
			jdbc.sql("insert into citizen (account_id, personal_id, full_name) values (?, ?, ?)")
					.params(id, username, r.name()).update();
		}
		AccountRow account = accounts.findById(id).orElseThrow();
		audit.recordFor(account.actor(), null, vn.tinhso.platform.RequestOrigin.clientAddress().orElse(null),
				"account.register", "account", username, kind.name());
		return account;
	}

	@Transactional
	public void changePassword(String currentPassword, String newPassword, String confirmation, String keepSessionId) {
		Actor actor = Actors.require();
		AccountRow account = accounts.findById(actor.accountId()).orElseThrow();
		if (account.passwordHash() == null || !encoder.matches(currentPassword, account.passwordHash())) {
			throw DomainException.invalidFields(List.of(new FieldProblem("currentPassword", "password.current-wrong")));
		}
		String problem = PasswordPolicy.problem(newPassword, account.username());
		if (problem != null) {
			throw DomainException.invalidFields(List.of(new FieldProblem("newPassword", problem, PasswordPolicy.MIN_LENGTH)));
		}
		if (!newPassword.equals(confirmation)) {
			throw DomainException.invalidFields(List.of(new FieldProblem("confirmation", "password.mismatch")));
		}
		if (encoder.matches(newPassword, account.passwordHash())) {
			throw DomainException.invalidFields(List.of(new FieldProblem("newPassword", "password.unchanged")));
		}
		accounts.setPassword(account.id(), encoder.encode(newPassword), false);
		sessions.endSessions(account.username(), keepSessionId);
		audit.record("account.password-change", "account", account.username(), "");
	}

	/** Starts TOTP enrolment: a new secret, stored but not yet required until confirmed with a code. */
	@Transactional
	public TotpEnrolment startTotp() {
		AccountRow account = officialAccount();
		if (account.totpEnabled()) {
			throw DomainException.conflict("totp.already-enabled");
		}
		String secret = Totp.newSecret();
		accounts.setTotp(account.id(), secret, false);
		return new TotpEnrolment(secret, Totp.otpauthUri("TinhSo", account.username(), secret));
	}

	/** The enrolment started but not yet confirmed, to show again after a mistyped code. */
	public java.util.Optional<TotpEnrolment> pendingTotp() {
		AccountRow account = current();
		if (account.totpEnabled() || account.totpSecret() == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new TotpEnrolment(account.totpSecret(),
				Totp.otpauthUri("TinhSo", account.username(), account.totpSecret())));
	}

	@Transactional
	public void confirmTotp(String code) {
		AccountRow account = officialAccount();
		if (account.totpSecret() == null || account.totpEnabled()) {
			throw DomainException.conflict("totp.no-enrolment");
		}
		var step = Totp.matchingStep(account.totpSecret(), code, java.time.Instant.now());
		if (step.isEmpty()) {
			throw DomainException.invalidFields(List.of(new FieldProblem("code", "totp.code-invalid")));
		}
		accounts.setTotp(account.id(), account.totpSecret(), true);
		accounts.useTotpStep(account.id(), step.getAsLong());
		audit.record("account.totp-enable", "account", account.username(), "");
	}

	@Transactional
	public void disableTotp(String code) {
		AccountRow account = officialAccount();
		if (!account.totpEnabled()) {
			throw DomainException.conflict("totp.not-enabled");
		}
		if (Totp.matchingStep(account.totpSecret(), code, java.time.Instant.now()).isEmpty()) {
			throw DomainException.invalidFields(List.of(new FieldProblem("code", "totp.code-invalid")));
		}
		accounts.setTotp(account.id(), null, false);
		audit.record("account.totp-disable", "account", account.username(), "");
	}

	public AccountRow current() {
		return accounts.findById(Actors.require().accountId()).orElseThrow();
	}

	private AccountRow officialAccount() {
		AccountRow account = current();
		if (account.kind() != AccountKind.OFFICIAL) {
			throw DomainException.forbidden("totp.officials-only");
		}
		return account;
	}

	/** A new TOTP secret and the URI an authenticator app scans. */
	public record TotpEnrolment(String secret, String otpauthUri) {
	}
}

package vn.tinhso.directory.official;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.access.ManagementScope;
import vn.tinhso.directory.account.Accounts;
import vn.tinhso.directory.account.SessionTerminator;
import vn.tinhso.directory.agency.Agencies;
import vn.tinhso.directory.agency.AgencyRecord;
import vn.tinhso.platform.AccountKind;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/**
 * Managing officials. An agency administrator may only place officials and grant roles inside their
 * own subtree, and never grants system administration.
 */
@Service
public class OfficialService {

	private static final String TEMP_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Officials officials;
	private final Accounts accounts;
	private final Agencies agencies;
	private final ManagementScope scope;
	private final PasswordEncoder encoder;
	private final AuditLog audit;
	private final SessionTerminator sessions;

	OfficialService(Officials officials, Accounts accounts, Agencies agencies, ManagementScope scope,
			PasswordEncoder encoder, AuditLog audit, SessionTerminator sessions) {
		this.officials = officials;
		this.accounts = accounts;
		this.agencies = agencies;
		this.scope = scope;
		this.encoder = encoder;
		this.audit = audit;
		this.sessions = sessions;
	}

	/** Creates the official with a one-time temporary password, which is returned once and must be changed. */
	@Transactional
	public Created create(OfficialDraft draft) {
		Actor actor = Actors.require();
		Placement placement = check(actor, draft);
		if (accounts.usernameTaken(draft.username())) {
			throw DomainException.conflict("official.username.taken", draft.username());
		}
		String temporary = temporaryPassword();
		long id = accounts.insert(AccountKind.OFFICIAL, draft.username(), draft.fullName(), draft.email(),
				draft.phone(), encoder.encode(temporary), true);
		officials.insert(id, placement.home().id(), draft.position());
		officials.replaceRoles(id, placement.roles());
		audit.record("official.create", "official", draft.username(), describe(draft));
		return new Created(find(draft.username()), temporary);
	}

	/**
	 * Creates from a CSV import: without a password (the official signs in after an administrator
	 * resets it) unless a hash is given (demo data).
	 */
	@Transactional
	public void createWithoutPassword(Actor actor, OfficialDraft draft, String passwordHash) {
		Placement placement = check(actor, draft);
		long id = accounts.insert(AccountKind.OFFICIAL, draft.username(), draft.fullName(), draft.email(),
				draft.phone(), passwordHash, passwordHash == null);
		officials.insert(id, placement.home().id(), draft.position());
		officials.replaceRoles(id, placement.roles());
	}

	@Transactional
	public OfficialRecord update(String username, int expectedVersion, OfficialDraft draft) {
		Actor actor = Actors.require();
		OfficialRecord current = find(username);
		requireManageAll(actor, current);
		if (!current.username().equals(draft.username())) {
			throw DomainException.invalid("official.username.immutable");
		}
		if (current.version() != expectedVersion) {
			throw DomainException.conflict("official.stale", username);
		}
		Placement placement = check(actor, draft);
		if (!accounts.updateProfile(current.accountId(), expectedVersion, draft.fullName(), draft.email(), draft.phone())) {
			throw DomainException.conflict("official.stale", username);
		}
		officials.update(current.accountId(), placement.home().id(), draft.position());
		officials.replaceRoles(current.accountId(), placement.roles());
		OfficialRecord updated = find(username);
		if (!grantsOf(updated).equals(grantsOf(current))) {
			sessions.endSessions(username, null); // the session's coarse authorities are now stale
		}
		audit.record("official.update", "official", username, describe(draft));
		return updated;
	}

	@Transactional
	public OfficialRecord setActive(String username, boolean active) {
		Actor actor = Actors.require();
		OfficialRecord current = find(username);
		requireManageAll(actor, current);
		if (!active && current.accountId() == actor.accountId()) {
			throw DomainException.conflict("official.self-deactivate");
		}
		accounts.setActive(current.accountId(), active);
		if (!active) {
			sessions.endSessions(current.username(), null);
		}
		audit.record(active ? "official.activate" : "official.deactivate", "official", username, "");
		return find(username);
	}

	/** A new one-time password (unlocks the account too); the official must change it at next sign-in. */
	@Transactional
	public String resetPassword(String username) {
		Actor actor = Actors.require();
		OfficialRecord current = find(username);
		requireManageAll(actor, current);
		String temporary = temporaryPassword();
		accounts.setPassword(current.accountId(), encoder.encode(temporary), true);
		sessions.endSessions(current.username(), null);
		audit.record("official.password-reset", "official", username, "");
		return temporary;
	}

	public OfficialRecord find(String username) {
		return officials.findByUsername(username)
				.orElseThrow(() -> DomainException.notFound("official.not-found", username));
	}

	/**
	 * An administrator may act on an official only if they could have granted everything that official
	 * holds: their home agency and every role's agency in scope, and system administration only by a
	 * system administrator. Otherwise an agency administrator could take over a more powerful account.
	 */
	private void requireManageAll(Actor actor, OfficialRecord target) {
		scope.requireManage(actor, target.agencyId());
		if (scope.isSystemAdmin(actor)) {
			return;
		}
		for (var grant : target.roles()) {
			if (grant.role() == Role.SYSTEM_ADMIN || !scope.canManage(actor, grant.agencyId())) {
				throw DomainException.forbidden("official.outranks-you", target.username());
			}
		}
	}

	private static java.util.Set<String> grantsOf(OfficialRecord o) {
		return o.roles().stream().map(g -> g.role() + "@" + g.agencyCode())
				.collect(java.util.stream.Collectors.toSet());
	}

	/** Validates a draft and resolves its agencies within the actor's scope. */
	public Placement check(Actor actor, OfficialDraft draft) {
		List<FieldProblem> problems = new ArrayList<>(draft.problems());
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		AgencyRecord home = agencies.findByCode(draft.agencyCode())
				.orElseThrow(() -> DomainException.invalidFields(
						List.of(new FieldProblem("agencyCode", "agency.not-found", draft.agencyCode()))));
		scope.requireManage(actor, home.id());
		List<Officials.ResolvedRole> roles = new ArrayList<>();
		for (OfficialDraft.RoleEntry entry : draft.roles()) {
			AgencyRecord at = agencies.findByCode(entry.agencyCode())
					.orElseThrow(() -> DomainException.invalidFields(
							List.of(new FieldProblem("roles", "agency.not-found", entry.agencyCode()))));
			Role role = Role.valueOf(entry.role());
			if (role == Role.SYSTEM_ADMIN && !scope.isSystemAdmin(actor)) {
				throw DomainException.forbidden("official.role.grant-forbidden", role.name());
			}
			scope.requireManage(actor, at.id());
			roles.add(new Officials.ResolvedRole(role, at.id(), at.code()));
		}
		return new Placement(home, roles);
	}

	private static String describe(OfficialDraft d) {
		return d.fullName() + " @" + d.agencyCode() + " roles="
				+ d.roles().stream().map(r -> r.role() + "@" + r.agencyCode()).toList();
	}

	static String temporaryPassword() {
		StringBuilder s = new StringBuilder("Tm-");
		for (int i = 0; i < 12; i++) {
			s.append(TEMP_ALPHABET.charAt(RANDOM.nextInt(TEMP_ALPHABET.length())));
		}
		return s.append('7').toString();
	}

	/** The official's home agency and resolved roles. */
	public record Placement(AgencyRecord home, List<Officials.ResolvedRole> roles) {
	}

	/** A new official and the temporary password to hand over. */
	public record Created(OfficialRecord official, String temporaryPassword) {
	}
}

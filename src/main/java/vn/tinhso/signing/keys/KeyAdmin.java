package vn.tinhso.signing.keys;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.RoleGrant;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;

/**
 * What administrators do with keys and images: system administrators for everyone, agency
 * administrators for the agencies under them and the officials who hold roles there. A refused upload
 * stores nothing; an accepted one is audited (subject, serial, expiry — never key material).
 */
@Service
public class KeyAdmin {

	private final StoredKeys keys;
	private final SignatureImages images;
	private final KeystoreImport keystores;
	private final StaffAccess staff;
	private final AgencyDirectory agencies;
	private final AuditLog audit;

	KeyAdmin(StoredKeys keys, SignatureImages images, KeystoreImport keystores, StaffAccess staff,
			AgencyDirectory agencies, AuditLog audit) {
		this.keys = keys;
		this.images = images;
		this.keystores = keystores;
		this.staff = staff;
		this.agencies = agencies;
		this.audit = audit;
	}

	@Transactional
	public KeyInfo uploadKeystore(Actor actor, KeyOwner owner, byte[] pkcs12, char[] password) {
		requireManager(actor, owner);
		KeystoreImport.Opened opened = keystores.open(pkcs12, password);
		keys.save(owner, opened.key(), opened.chain(), "UPLOAD", actor.accountId());
		KeyInfo stored = keys.find(owner).orElseThrow();
		audit.record("signing.key.stored", owner.kind().name(), owner.ref(),
				stored.subject() + " serial " + stored.serial() + " until " + stored.notAfter());
		return stored;
	}

	@Transactional
	public void uploadImage(Actor actor, KeyOwner owner, byte[] png) {
		requireManager(actor, owner);
		images.store(owner, png, "UPLOAD", actor.accountId());
		audit.record("signing.image.stored", owner.kind().name(), owner.ref(), png.length + " bytes");
	}

	@Transactional
	public void removeKey(Actor actor, KeyOwner owner) {
		requireManager(actor, owner);
		if (!keys.delete(owner)) {
			throw DomainException.notFound("signing.no-key");
		}
		audit.record("signing.key.removed", owner.kind().name(), owner.ref(), "");
	}

	/** The keys this administrator may manage. */
	public List<KeyInfo> visibleTo(Actor actor) {
		boolean system = isSystemAdmin(actor);
		return keys.list().stream().filter(k -> system || manages(actor, k.owner())).toList();
	}

	public Optional<KeyInfo> find(Actor actor, KeyOwner owner) {
		requireManager(actor, owner);
		return keys.find(owner);
	}

	public Optional<byte[]> image(Actor actor, KeyOwner owner) {
		requireManager(actor, owner);
		return images.find(owner);
	}

	/** A leader of an agency and whether their key and signature image are in place. */
	public record LeaderStatus(long accountId, String username, String name, boolean key, boolean image) {
	}

	/** The agency's leaders, for the administration page (whose account ids the upload form asks for). */
	public List<LeaderStatus> leaders(Actor actor, String agencyCode) {
		requireManager(actor, KeyOwner.agency(agencyCode));
		return staff.officialsWithRole(agencyCode, Role.LEADER).stream().map(leader -> {
			KeyOwner owner = KeyOwner.official(leader.accountId());
			return new LeaderStatus(leader.accountId(), leader.username(), leader.displayName(),
					keys.find(owner).isPresent(), images.exists(owner));
		}).toList();
	}

	public boolean hasImage(KeyOwner owner) {
		return images.exists(owner);
	}

	private void requireManager(Actor actor, KeyOwner owner) {
		switch (owner.kind()) {
			case AGENCY -> agencies.findByCode(owner.ref())
					.orElseThrow(() -> DomainException.notFound("signing.agency-not-found", owner.ref()));
			case OFFICIAL -> {
				if (staff.grants(owner.accountId()).isEmpty()) {
					throw DomainException.notFound("signing.official-not-found", owner.ref());
				}
			}
			case DEMO_CA -> throw DomainException.forbidden("signing.not-allowed");
		}
		if (!isSystemAdmin(actor) && !manages(actor, owner)) {
			throw DomainException.forbidden("signing.not-allowed");
		}
	}

	private boolean isSystemAdmin(Actor actor) {
		return staff.grants(actor.accountId()).stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
	}

	private boolean manages(Actor actor, KeyOwner owner) {
		Set<Role> admin = Set.of(Role.AGENCY_ADMIN);
		return switch (owner.kind()) {
			case AGENCY -> staff.holdsAnyRoleOver(actor.accountId(), admin, owner.ref());
			case OFFICIAL -> staff.grants(owner.accountId()).stream().map(RoleGrant::agencyCode).distinct()
					.anyMatch(code -> staff.holdsAnyRoleOver(actor.accountId(), admin, code));
			case DEMO_CA -> false;
		};
	}
}

package vn.tinhso.signing.keys;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.RoleGrant;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.platform.Actor;

/**
 * Gives a demo leader a personal certificate and a signature image, and the leader's agency a seal
 * certificate and a red seal image, the first time they are needed: issuing every key at start would
 * cost about 0.1 s of RSA key generation per leader and per agency.
 */
@Service
public class DemoProvisioning {

	private final DemoAuthority authority;
	private final StoredKeys keys;
	private final SignatureImages images;
	private final StaffAccess staff;
	private final AgencyDirectory agencies;
	private final Clock clock;
	private final boolean enabled;

	DemoProvisioning(DemoAuthority authority, StoredKeys keys, SignatureImages images, StaffAccess staff,
			AgencyDirectory agencies, Clock clock, SigningProperties properties) {
		this.authority = authority;
		this.keys = keys;
		this.images = images;
		this.staff = staff;
		this.agencies = agencies;
		this.clock = clock;
		this.enabled = properties.demoCertificates();
	}

	public boolean enabled() {
		return enabled;
	}

	/** Whether demo provisioning is on and the owner would get a key: a leader, or an agency with one. */
	public boolean offers(KeyOwner owner) {
		return enabled && subject(owner).isPresent();
	}

	/**
	 * Issues what the owner lacks: a certificate when there is no key valid now, an image when none was
	 * uploaded. Returns false when the owner is neither a leader nor an agency with a leader.
	 */
	public synchronized boolean provision(KeyOwner owner) {
		Optional<Subject> subject = subject(owner);
		if (subject.isEmpty()) {
			return false;
		}
		if (!keys.usable(owner, OffsetDateTime.now(clock))) {
			authority.issue(owner, subject.get().commonName(), subject.get().organisation());
		}
		if (!images.exists(owner)) {
			byte[] png = owner.kind() == KeyOwner.Kind.AGENCY ? DemoImages.seal(subject.get().commonName())
					: DemoImages.signature(subject.get().commonName());
			images.store(owner, png, "DEMO", null);
		}
		return true;
	}

	private record Subject(String commonName, String organisation) {
	}

	private Optional<Subject> subject(KeyOwner owner) {
		return switch (owner.kind()) {
			case OFFICIAL -> leaderGrant(owner.accountId()).flatMap(grant -> staff
					.officialsWithRole(grant.agencyCode(), Role.LEADER).stream()
					.filter(a -> a.accountId() == owner.accountId()).findFirst()
					.map(Actor::displayName).map(name -> new Subject(name, grant.agencyName())));
			case AGENCY -> agencies.findByCode(owner.ref()).filter(AgencySummary::active)
					.filter(a -> !staff.officialsWithRole(a.code(), Role.LEADER).isEmpty())
					.map(a -> new Subject(a.name(), a.name()));
			case DEMO_CA -> Optional.empty();
		};
	}

	private Optional<RoleGrant> leaderGrant(long accountId) {
		return staff.grants(accountId).stream().filter(g -> g.role() == Role.LEADER).findFirst();
	}
}

package vn.tinhso.signing.keys;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.tinhso.signing.SigningKey;
import vn.tinhso.signing.SigningKeyProvider;

/** The default provider: PKCS#12 keys uploaded by administrators (or issued by the demo authority), sealed in the database. */
@Component
class DatabaseKeyProvider implements SigningKeyProvider {

	static final String ID = "database";

	private final StoredKeys keys;
	private final Clock clock;

	DatabaseKeyProvider(StoredKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Optional<SigningKey> officialKey(long accountId) {
		return keys.load(KeyOwner.official(accountId));
	}

	@Override
	public Optional<SigningKey> agencyKey(String agencyCode) {
		return keys.load(KeyOwner.agency(agencyCode));
	}

	@Override
	public boolean hasOfficialKey(long accountId) {
		return keys.usable(KeyOwner.official(accountId), OffsetDateTime.now(clock));
	}

	@Override
	public boolean hasAgencyKey(String agencyCode) {
		return keys.usable(KeyOwner.agency(agencyCode), OffsetDateTime.now(clock));
	}
}

package vn.tinhso.signing.pades;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.tinhso.signing.AgencyKeys;
import vn.tinhso.signing.SigningKey;

/** The agency keys the seal uses, for other kinds of signature. */
@Component
class ProviderAgencyKeys implements AgencyKeys {

	private final SignerKeys keys;

	ProviderAgencyKeys(SignerKeys keys) {
		this.keys = keys;
	}

	@Override
	public Optional<SigningKey> agencyKey(String agencyCode) {
		return keys.agency(agencyCode).map(SignerKeys.Signer::key);
	}
}

package vn.tinhso.signing;

import java.util.Optional;

/**
 * Where signing keys come from (the shape of Keycloak's provider SPI: an interface, a bean per
 * implementation, a configuration key). {@code tinhso.signing.key-providers} lists the provider ids
 * to ask, in order; the first that has a key for the signer wins. The built-in {@code database}
 * provider keeps uploaded PKCS#12 keys encrypted in the database. A PKCS#11 provider would open the
 * token with the {@code SunPKCS11} provider, map accounts and agency codes to key aliases from its
 * configuration, and return keys whose {@link SigningKey#sign} runs on the token.
 */
public interface SigningKeyProvider {

	/** The name used in {@code tinhso.signing.key-providers}, e.g. {@code database}, {@code pkcs11}. */
	String id();

	/** The personal key of an official (a leader), if this provider holds one. */
	Optional<SigningKey> officialKey(long accountId);

	/** The organisation key (the seal) of an agency, if this provider holds one. */
	Optional<SigningKey> agencyKey(String agencyCode);

	/** Cheap check for the UI; override when loading a key is expensive (a token login, a decryption). */
	default boolean hasOfficialKey(long accountId) {
		return officialKey(accountId).isPresent();
	}

	default boolean hasAgencyKey(String agencyCode) {
		return agencyKey(agencyCode).isPresent();
	}
}

package vn.tinhso.signing.pades;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.tinhso.signing.SigningKey;
import vn.tinhso.signing.SigningKeyProvider;
import vn.tinhso.signing.keys.DemoProvisioning;
import vn.tinhso.signing.keys.KeyOwner;
import vn.tinhso.signing.keys.SignatureImages;
import vn.tinhso.signing.keys.SigningProperties;

/**
 * Finds a signer's key by asking the configured providers in order, and the image to show with it.
 * In a demo, a leader or an agency without a key or image gets one first.
 */
@Component
class SignerKeys {

	private final List<SigningKeyProvider> providers;
	private final DemoProvisioning demo;
	private final SignatureImages images;

	SignerKeys(List<SigningKeyProvider> available, SigningProperties properties, DemoProvisioning demo,
			SignatureImages images) {
		Map<String, SigningKeyProvider> byId = available.stream()
				.collect(Collectors.toMap(SigningKeyProvider::id, Function.identity()));
		List<SigningKeyProvider> chosen = new ArrayList<>();
		for (String id : properties.keyProviders()) {
			SigningKeyProvider provider = byId.get(id.strip());
			if (provider == null) {
				throw new IllegalStateException("tinhso.signing.key-providers names '" + id + "'; the providers are "
						+ byId.keySet());
			}
			chosen.add(provider);
		}
		this.providers = List.copyOf(chosen);
		this.demo = demo;
		this.images = images;
	}

	record Signer(SigningKey key, Optional<byte[]> image) {
	}

	Optional<Signer> official(long accountId) {
		KeyOwner owner = KeyOwner.official(accountId);
		return find(owner, p -> p.officialKey(accountId), p -> p.hasOfficialKey(accountId));
	}

	Optional<Signer> agency(String agencyCode) {
		KeyOwner owner = KeyOwner.agency(agencyCode);
		return find(owner, p -> p.agencyKey(agencyCode), p -> p.hasAgencyKey(agencyCode));
	}

	/** A key valid now and an image, or a demo that would provide both. */
	boolean canSign(long accountId) {
		KeyOwner owner = KeyOwner.official(accountId);
		return ready(owner, p -> p.hasOfficialKey(accountId));
	}

	boolean canSeal(String agencyCode) {
		KeyOwner owner = KeyOwner.agency(agencyCode);
		return ready(owner, p -> p.hasAgencyKey(agencyCode));
	}

	private boolean ready(KeyOwner owner, Predicate<SigningKeyProvider> has) {
		return complete(owner, has) || demo.offers(owner);
	}

	private boolean complete(KeyOwner owner, Predicate<SigningKeyProvider> has) {
		return providers.stream().anyMatch(has) && images.exists(owner);
	}

	private Optional<Signer> find(KeyOwner owner, Function<SigningKeyProvider, Optional<SigningKey>> lookup,
			Predicate<SigningKeyProvider> has) {
		if (!complete(owner, has) && demo.offers(owner)) {
			demo.provision(owner);
		}
		return providers.stream().map(lookup).flatMap(Optional::stream).findFirst()
				.map(key -> new Signer(key, images.find(owner)));
	}
}

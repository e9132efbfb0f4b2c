package vn.tinhso.signing.pades;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tinhso.signing.keys.Certificates;
import vn.tinhso.signing.keys.DemoAuthority;
import vn.tinhso.signing.keys.SigningProperties;

/**
 * The certificates verification trusts: those in the files of {@code tinhso.signing.trust-anchors}
 * (read at start; a missing file stops the start rather than silently trusting less) and the demo
 * root once it exists.
 */
@Component
class TrustAnchors {

	private static final Logger log = LoggerFactory.getLogger(TrustAnchors.class);

	private final List<X509Certificate> configured;
	private final DemoAuthority demo;

	TrustAnchors(SigningProperties properties, DemoAuthority demo) {
		this.demo = demo;
		List<X509Certificate> all = new ArrayList<>();
		for (String file : properties.trustAnchors()) {
			if (!file.isBlank()) {
				all.addAll(Certificates.readFile(Path.of(file.strip())));
			}
		}
		this.configured = List.copyOf(all);
		if (!configured.isEmpty()) {
			log.info("Signature verification trusts {} configured certificate(s)", configured.size());
		}
	}

	List<X509Certificate> current() {
		List<X509Certificate> all = new ArrayList<>(configured);
		demo.existingRoot().ifPresent(all::add);
		return all;
	}
}

package vn.tinhso.signing.pades;

import java.io.IOException;

import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;

import vn.tinhso.signing.keys.DemoAuthority;

/**
 * Answers for certificates the demo authority issued with its own fresh CRL (it knows them all and
 * publishes no URL); asks the network for everyone else's.
 */
final class DemoCrlSource implements CRLSource {

	private static final long serialVersionUID = 1L;

	private final transient DemoAuthority demo;
	private final CRLSource online;

	DemoCrlSource(DemoAuthority demo, CRLSource online) {
		this.demo = demo;
		this.online = online;
	}

	@Override
	public CRLToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
		if (issuer != null && demo.existingRoot().filter(root -> root.equals(issuer.getCertificate())).isPresent()) {
			byte[] crl = demo.crl().orElseThrow();
			try {
				CRLToken token = new CRLToken(certificate, CRLUtils.buildCRLValidity(CRLUtils.buildCRLBinary(crl), issuer));
				token.setExternalOrigin(RevocationOrigin.EXTERNAL);
				return token;
			}
			catch (IOException e) {
				throw new IllegalStateException("The demo CRL does not parse", e);
			}
		}
		return online.getRevocationToken(certificate, issuer);
	}
}

package vn.tinhso.signing.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** Reading and writing X.509 certificates and chains. */
public final class Certificates {

	private Certificates() {
	}

	/** The chain as a DER PkiPath, the standard encoding of a certification path. */
	static byte[] encodePath(List<X509Certificate> chain) {
		try {
			return factory().generateCertPath(chain).getEncoded("PkiPath");
		}
		catch (CertificateException e) {
			throw new IllegalArgumentException("Cannot encode the certificate chain", e);
		}
	}

	static List<X509Certificate> decodePath(byte[] pkiPath) {
		try {
			return factory().generateCertPath(new ByteArrayInputStream(pkiPath), "PkiPath").getCertificates().stream()
					.map(X509Certificate.class::cast).toList();
		}
		catch (CertificateException e) {
			throw new IllegalStateException("A stored certificate chain does not parse", e);
		}
	}

	/** Every certificate in a PEM bundle or a DER file. */
	public static List<X509Certificate> readFile(Path file) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			List<X509Certificate> all = new ArrayList<>();
			for (var c : factory().generateCertificates(new ByteArrayInputStream(bytes))) {
				all.add((X509Certificate) c);
			}
			return all;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the certificate file " + file, e);
		}
		catch (CertificateException e) {
			throw new IllegalStateException("No certificate in " + file, e);
		}
	}

	public static X509Certificate parse(byte[] der) {
		try {
			return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
		}
		catch (CertificateException e) {
			throw new IllegalArgumentException("Not a certificate", e);
		}
	}

	/** One attribute (CN, O…) of a distinguished name, or null. */
	public static String attribute(javax.security.auth.x500.X500Principal name, String type) {
		try {
			for (Rdn rdn : new LdapName(name.getName(javax.security.auth.x500.X500Principal.RFC2253)).getRdns()) {
				if (rdn.getType().equalsIgnoreCase(type)) {
					return rdn.getValue().toString();
				}
			}
			return null;
		}
		catch (InvalidNameException e) {
			return null;
		}
	}

	private static CertificateFactory factory() throws CertificateException {
		return CertificateFactory.getInstance("X.509");
	}
}

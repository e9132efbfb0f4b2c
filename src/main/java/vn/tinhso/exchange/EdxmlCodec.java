package vn.tinhso.exchange;

import java.security.KeyStore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tinhso.exchange.edxml.PackageReader;
import vn.tinhso.exchange.edxml.PackageWriter;
import vn.tinhso.exchange.edxml.StatusReader;
import vn.tinhso.exchange.edxml.StatusWriter;
import vn.tinhso.signing.SigningKey;

/**
 * Writes and reads edXML (QCVN 102:2016) document packages and status messages. Input that cannot be
 * understood is refused with a {@link vn.tinhso.platform.DomainException}: {@code edxml.malformed}
 * (not XML, or a DOCTYPE), {@code edxml.wrong-namespace}, {@code edxml.field-missing} and
 * {@code edxml.field-invalid} (with the field's path), {@code edxml.too-large}. A signature that does
 * not verify is not an error here: it is reported in the result for the caller to act on.
 */
@Component
public class EdxmlCodec {

	public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

	private final long maxBytes;

	/** @param maxBytes the largest message read or written, in bytes (attachments included) */
	public EdxmlCodec(@Value("${tinhso.exchange.max-bytes:31457280}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * The package as signed edXML (RSA-SHA256; the key may sign wherever it lives, a token included);
	 * refuses (with the same codes as the reader) a package that lacks required fields.
	 */
	public byte[] write(EdxmlPackage p, SigningKey signer) {
		return PackageWriter.write(p, signer, maxBytes);
	}

	public byte[] write(EdxmlPackage p, KeyStore.PrivateKeyEntry signer) {
		return write(p, KeyEntrySigner.of(signer));
	}

	public ReadPackage read(byte[] xml) {
		return PackageReader.read(xml, maxBytes);
	}

	public byte[] writeStatus(StatusMessage status, SigningKey signer) {
		return StatusWriter.write(status, signer, maxBytes);
	}

	public byte[] writeStatus(StatusMessage status, KeyStore.PrivateKeyEntry signer) {
		return writeStatus(status, KeyEntrySigner.of(signer));
	}

	/** Whether edXML can be signed with the key: the signature method is RSA-SHA256, so the key must be RSA. */
	public boolean canSignWith(SigningKey key) {
		return key != null && "RSA".equals(key.certificate().getPublicKey().getAlgorithm());
	}

	public ReadStatus readStatus(byte[] xml) {
		return StatusReader.read(xml, maxBytes);
	}
}

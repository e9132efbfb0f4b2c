package vn.tinhso.signing.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The AES key that seals stored private keys: {@code tinhso.signing.master-key} when set, otherwise a
 * random key generated once into {@code tinhso.signing.master-key-file} (owner-only permissions). The
 * key itself is never logged; only its fingerprint is stored beside what it sealed.
 */
@Component
public class MasterKey {

	private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

	private final SecretKey key;
	private final String id;

	MasterKey(SigningProperties properties) {
		byte[] raw = properties.masterKey() != null && !properties.masterKey().isBlank()
				? decode(properties.masterKey(), "tinhso.signing.master-key")
				: fromFile(Path.of(properties.masterKeyFile()).toAbsolutePath());
		this.key = new SecretKeySpec(raw, "AES");
		this.id = fingerprint(raw);
	}

	SecretKey key() {
		return key;
	}

	/** A short, one-way fingerprint: tells which master key sealed a row without revealing it. */
	public String id() {
		return id;
	}

	private static byte[] fromFile(Path file) {
		try {
			if (!Files.exists(file)) {
				generate(file);
			}
			return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the signing master key file " + file, e);
		}
	}

	private static void generate(Path file) throws IOException {
		byte[] raw = new byte[32];
		new SecureRandom().nextBytes(raw);
		Files.createDirectories(file.getParent());
		Path temp = Files.createTempFile(file.getParent(), "master", ".part");
		try {
			ownerOnly(temp);
			Files.writeString(temp, Base64.getEncoder().encodeToString(raw), StandardCharsets.US_ASCII);
			// Refuses to replace: if another process created the file meanwhile, its key is the key.
			Files.move(temp, file);
			log.info("Generated the signing master key in {}; back it up with the database", file);
		}
		catch (FileAlreadyExistsException e) {
			log.debug("Signing master key created concurrently in {}", file);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException e) {
			file.toFile().setReadable(false, false);
			file.toFile().setReadable(true, true);
		}
	}

	private static byte[] decode(String base64, String where) {
		byte[] raw;
		try {
			raw = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("The signing master key in " + where + " is not base64");
		}
		if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
			throw new IllegalStateException("The signing master key in " + where + " must be 16, 24 or 32 bytes");
		}
		return raw;
	}

	private static String fingerprint(byte[] raw) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update("tinhso-signing-master-key".getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(sha.digest(raw), 0, 8);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

package vn.tinhso.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signing keys for tests: RSA 2048 with a self-signed certificate, made by the JDK's keytool (no
 * certificate library needed) and kept for the whole run.
 */
final class TestSigners {

	private static final char[] PASSWORD = "changeit".toCharArray();
	private static final Map<String, KeyStore.PrivateKeyEntry> MADE = new ConcurrentHashMap<>();

	private TestSigners() {
	}

	static KeyStore.PrivateKeyEntry signer() {
		return signer("Van thu So Thu nghiem");
	}

	static KeyStore.PrivateKeyEntry signer(String commonName) {
		return MADE.computeIfAbsent(commonName, TestSigners::make);
	}

	private static KeyStore.PrivateKeyEntry make(String commonName) {
		Path dir = null;
		try {
			dir = Files.createTempDirectory("edxml-keys");
			Path store = dir.resolve("signer.p12");
			Process keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
					"-genkeypair", "-alias", "signer", "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
					"-dname", "CN=" + commonName + ", O=TinhSo Test, C=VN", "-validity", "30", "-storetype", "PKCS12",
					"-keystore", store.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
					.redirectErrorStream(true).start();
			String output = new String(keytool.getInputStream().readAllBytes());
			if (keytool.waitFor() != 0) {
				throw new IllegalStateException("keytool failed: " + output);
			}
			KeyStore keys = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(store)) {
				keys.load(in, PASSWORD);
			}
			return (KeyStore.PrivateKeyEntry) keys.getEntry("signer", new KeyStore.PasswordProtection(PASSWORD));
		}
		catch (IOException | GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		finally {
			deleteQuietly(dir); // the key lives on in memory; the file would pile up in /tmp run after run
		}
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try {
			Files.deleteIfExists(dir.resolve("signer.p12"));
			Files.deleteIfExists(dir);
		}
		catch (IOException e) {
			// a leftover temporary file is harmless
		}
	}
}

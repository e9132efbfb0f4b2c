package vn.tinhso.directory.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password verification that a 2-core server can afford. Argon2id costs ~250 ms of CPU and 16 MiB
 * per check, so: (1) at most one check per core runs at a time, which bounds CPU and memory under a
 * flood of sign-ins; (2) a successful check is remembered for a few minutes, so API clients sending
 * HTTP Basic on every request pay once. The memory holds only an HMAC (with a key that never leaves
 * this process) of username, password and stored hash, so changing the password forgets it.
 */
@Component
class PasswordChecks {

	private static final long REMEMBER_NANOS = 5L * 60 * 1_000_000_000;
	private static final int MAX_REMEMBERED = 10_000;

	private final PasswordEncoder encoder;
	private final Semaphore hashing = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
	private final Map<String, Long> remembered = new ConcurrentHashMap<>();
	private final Map<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();
	private final byte[] key = new byte[32];
	private volatile String unknownUserHash;

	PasswordChecks(PasswordEncoder encoder) {
		this.encoder = encoder;
		new SecureRandom().nextBytes(key);
	}

	boolean matches(String username, String password, String storedHash) {
		String fingerprint = fingerprint(username, password, storedHash);
		Long until = remembered.get(fingerprint);
		if (until != null && until - System.nanoTime() > 0) {
			return true;
		}
		// Concurrent requests with the same credentials wait for one check instead of each paying for it.
		CompletableFuture<Boolean> mine = new CompletableFuture<>();
		CompletableFuture<Boolean> running = checking.putIfAbsent(fingerprint, mine);
		if (running != null) {
			return running.join();
		}
		try {
			boolean ok = verify(fingerprint, password, storedHash);
			mine.complete(ok);
			return ok;
		}
		catch (RuntimeException e) {
			mine.completeExceptionally(e);
			throw e;
		}
		finally {
			checking.remove(fingerprint, mine);
		}
	}

	private boolean verify(String fingerprint, String password, String storedHash) {
		boolean ok = hashed(() -> encoder.matches(password, storedHash));
		if (ok) {
			if (remembered.size() >= MAX_REMEMBERED) {
				long now = System.nanoTime();
				remembered.values().removeIf(t -> t - now <= 0);
				if (remembered.size() >= MAX_REMEMBERED) {
					remembered.clear();
				}
			}
			remembered.put(fingerprint, System.nanoTime() + REMEMBER_NANOS);
		}
		return ok;
	}

	/** Spends the same effort as a real check, so unknown usernames cannot be told apart by timing. */
	void burnForUnknownUser(String password) {
		if (unknownUserHash == null) {
			unknownUserHash = encoder.encode("no such user — constant-time comparison");
		}
		hashed(() -> encoder.matches(password, unknownUserHash));
	}

	boolean needsRehash(String storedHash) {
		return encoder.upgradeEncoding(storedHash);
	}

	String hash(String password) {
		return hashed(() -> encoder.encode(password));
	}

	private <T> T hashed(java.util.function.Supplier<T> work) {
		hashing.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			hashing.release();
		}
	}

	private String fingerprint(String username, String password, String storedHash) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			mac.update(password.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(storedHash.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is required by every JVM", e);
		}
	}
}

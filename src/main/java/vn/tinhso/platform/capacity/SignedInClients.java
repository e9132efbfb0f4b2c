package vn.tinhso.platform.capacity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The session cookies and credentials this node has seen signed in at a handler, remembered for a
 * while in memory: the door cannot ask the session store (it may be what is overloaded), and a cookie
 * or an Authorization header alone proves nothing, since anyone can make one up. Only what is
 * remembered here earns the staff lane and a per-client share of its own. Values are kept as salted
 * hashes (the salt lives and dies with the process), so no credential sits in memory; the number
 * kept is bounded, and when full, newcomers are simply not remembered (they stay in the public lane).
 */
final class SignedInClients {

	private final Map<String, Long> expiries = new ConcurrentHashMap<>();
	private final int capacity;
	private final long ttlNanos;
	private final LongSupplier nanoClock;
	private final byte[] salt = new byte[32];

	SignedInClients(int capacity, Duration ttl) {
		this(capacity, ttl, System::nanoTime);
	}

	SignedInClients(int capacity, Duration ttl, LongSupplier nanoClock) {
		this.capacity = capacity;
		this.ttlNanos = ttl.toNanos();
		this.nanoClock = nanoClock;
		new SecureRandom().nextBytes(salt);
	}

	/** Remembers (or refreshes) a value seen with an authenticated request. */
	void remember(String kind, String value) {
		long now = nanoClock.getAsLong();
		String key = hash(kind, value);
		if (expiries.size() >= capacity && !expiries.containsKey(key)) {
			expiries.values().removeIf(expiry -> expiry - now <= 0);
			if (expiries.size() >= capacity) {
				return;
			}
		}
		expiries.put(key, now + ttlNanos);
	}

	boolean knows(String kind, String value) {
		if (value == null) {
			return false;
		}
		Long expiry = expiries.get(hash(kind, value));
		return expiry != null && expiry - nanoClock.getAsLong() > 0;
	}

	int size() {
		return expiries.size();
	}

	private String hash(String kind, String value) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt);
			digest.update(kind.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(value.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().withoutPadding().encodeToString(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}
}

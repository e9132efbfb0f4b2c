package vn.tinhso.feedback.report;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A small in-memory cache of answers that are costly to compute and may be a little old: each entry is
 * served for {@code ttlNanos}, at most {@code maxEntries} are kept (the expired ones go first, then the
 * one unused for longest, so the costly answers everyone asks for stay), and only one
 * thread computes a missing or expired entry. While it does, the others get the expired answer when
 * there is one, or wait for the new one. {@link #clear()} drops everything at once: computations that
 * started before it are handed to those waiting for them but never kept, and requests that arrive after
 * it start their own.
 */
final class ExpiringCache<K, V> {

	private static final class Entry<V> {

		final V value;
		final long storedAt;
		final long generation;
		volatile long usedAt;

		Entry(V value, long storedAt, long generation) {
			this.value = value;
			this.storedAt = storedAt;
			this.generation = generation;
			this.usedAt = storedAt;
		}
	}

	private record Loading<V>(CompletableFuture<V> result, long generation) {
	}

	private final long ttlNanos;
	private final int maxEntries;
	private final LongSupplier nanoTime;
	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
	private final Map<K, Loading<V>> loading = new ConcurrentHashMap<>();
	private final AtomicLong generation = new AtomicLong();

	ExpiringCache(long ttlNanos, int maxEntries, LongSupplier nanoTime) {
		if (ttlNanos <= 0 || maxEntries <= 0) {
			throw new IllegalArgumentException("A cache needs a positive lifetime and size");
		}
		this.ttlNanos = ttlNanos;
		this.maxEntries = maxEntries;
		this.nanoTime = nanoTime;
	}

	V get(K key, Function<K, V> compute) {
		long current = generation.get();
		Entry<V> entry = entries.get(key);
		boolean usable = entry != null && entry.generation == current;
		long now = nanoTime.getAsLong();
		if (usable && now - entry.storedAt < ttlNanos) {
			entry.usedAt = now;
			return entry.value;
		}
		Loading<V> mine = new Loading<>(new CompletableFuture<>(), current);
		Loading<V> running = loading.putIfAbsent(key, mine);
		if (running != null && running.generation() != current && loading.replace(key, running, mine)) {
			running = null; // started before a clear(): its answer may be out of date, compute afresh
		}
		if (running != null) {
			return usable ? entry.value : await(running.result());
		}
		try {
			V value = compute.apply(key);
			if (generation.get() == current) {
				store(key, new Entry<>(value, nanoTime.getAsLong(), current));
			}
			mine.result().complete(value);
			return value;
		}
		catch (RuntimeException | Error e) {
			mine.result().completeExceptionally(e);
			throw e;
		}
		finally {
			loading.remove(key, mine);
		}
	}

	/** Forgets every answer: the next request for each is computed again. */
	void clear() {
		generation.incrementAndGet();
		entries.clear();
	}

	int size() {
		return entries.size();
	}

	private void store(K key, Entry<V> entry) {
		if (!entries.containsKey(key) && entries.size() >= maxEntries) {
			long now = nanoTime.getAsLong();
			entries.values().removeIf(e -> now - e.storedAt >= ttlNanos);
			while (entries.size() >= maxEntries) {
				entries.entrySet().stream().min((a, b) -> Long.compare(a.getValue().usedAt, b.getValue().usedAt))
						.ifPresent(oldest -> entries.remove(oldest.getKey(), oldest.getValue()));
			}
		}
		entries.put(key, entry);
	}

	private static <V> V await(CompletableFuture<V> result) {
		try {
			return result.join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw e;
		}
	}
}

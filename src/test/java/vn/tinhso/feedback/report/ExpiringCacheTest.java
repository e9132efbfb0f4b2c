package vn.tinhso.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The public map's count cache: lifetime, size, one computation at a time per key, and clearing. */
class ExpiringCacheTest {

	private final AtomicLong now = new AtomicLong(1_000);
	private final AtomicInteger computed = new AtomicInteger();

	private ExpiringCache<String, Integer> cache(int size) {
		return new ExpiringCache<>(60, size, now::get);
	}

	/** 100 × the key's length + how many answers were computed so far: tells which computation answered. */
	private Integer compute(String key) {
		return key.length() * 100 + computed.incrementAndGet();
	}

	@Test
	void anAnswerIsKeptForItsLifetimeThenComputedAgain() {
		ExpiringCache<String, Integer> cache = cache(10);
		assertThat(cache.get("ab", this::compute)).isEqualTo(201);
		now.addAndGet(59);
		assertThat(cache.get("ab", this::compute)).isEqualTo(201);
		now.addAndGet(1);
		assertThat(cache.get("ab", this::compute)).isEqualTo(202);
		assertThat(computed).hasValue(2);
	}

	@Test
	void atMostTheSizeIsKeptAndTheOneUnusedForLongestGoesFirst() {
		ExpiringCache<String, Integer> cache = cache(2);
		cache.get("a", this::compute);
		now.incrementAndGet();
		cache.get("b", this::compute);
		now.incrementAndGet();
		cache.get("a", this::compute); // used again: b is now the one unused for longest
		now.incrementAndGet();
		cache.get("c", this::compute);
		assertThat(cache.size()).isEqualTo(2);
		cache.get("a", this::compute);
		cache.get("c", this::compute);
		assertThat(computed).hasValue(3);
		cache.get("b", this::compute); // dropped for c
		assertThat(computed).hasValue(4);
	}

	@Test
	void clearingForgetsEverythingAndAFailureIsNotKept() {
		ExpiringCache<String, Integer> cache = cache(10);
		cache.get("a", this::compute);
		cache.clear();
		assertThat(cache.get("a", this::compute)).isEqualTo(102);
		assertThatThrownBy(() -> cache.get("x", k -> {
			throw new IllegalStateException("database away");
		})).hasMessage("database away");
		assertThat(cache.get("x", this::compute)).isEqualTo(103);
	}

	@Test
	void oneThreadComputesAMissingAnswerWhileTheOthersWaitForIt() throws Exception {
		ExpiringCache<String, Integer> cache = cache(10);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Future<Integer> first = pool.submit(() -> cache.get("k", key -> {
				started.countDown();
				await(release);
				return compute(key);
			}));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			List<Future<Integer>> others = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				others.add(pool.submit(() -> cache.get("k", this::compute)));
			}
			Thread.sleep(100);
			assertThat(others).noneMatch(Future::isDone);
			release.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(101);
			for (Future<Integer> f : others) {
				assertThat(f.get(5, TimeUnit.SECONDS)).isEqualTo(101);
			}
			assertThat(computed).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void whileAnExpiredAnswerIsComputedAgainTheOthersGetTheOldOne() throws Exception {
		ExpiringCache<String, Integer> cache = cache(10);
		cache.get("k", this::compute);
		now.addAndGet(60);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> refresh = pool.submit(() -> cache.get("k", key -> {
				started.countDown();
				await(release);
				return compute(key);
			}));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			assertThat(cache.get("k", this::compute)).isEqualTo(101);
			release.countDown();
			assertThat(refresh.get(5, TimeUnit.SECONDS)).isEqualTo(102);
			assertThat(cache.get("k", this::compute)).isEqualTo(102);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aComputationStartedBeforeAClearIsNeitherKeptNorWaitedForAfterIt() throws Exception {
		ExpiringCache<String, Integer> cache = cache(10);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> before = pool.submit(() -> cache.get("k", key -> {
				started.countDown();
				await(release);
				return -1; // what was counted before the change
			}));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			cache.clear();
			assertThat(cache.get("k", this::compute)).isEqualTo(101);
			release.countDown();
			assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo(-1);
			assertThat(cache.get("k", this::compute)).isEqualTo(101);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

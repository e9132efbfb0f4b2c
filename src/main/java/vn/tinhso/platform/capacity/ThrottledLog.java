package vn.tinhso.platform.capacity;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.slf4j.Logger;

/**
 * A warning that may happen thousands of times a second under overload: counted every time, written
 * at most once per interval with the count since the previous line, so the log cannot become the
 * next bottleneck.
 */
final class ThrottledLog {

	private final Logger log;
	private final String what;
	private final long intervalNanos;
	private final AtomicLong nextAt;
	private final LongAdder count = new LongAdder();

	ThrottledLog(Logger log, String what, Duration interval) {
		this.log = log;
		this.what = what;
		this.intervalNanos = interval.toNanos();
		this.nextAt = new AtomicLong(System.nanoTime());
	}

	void warn(Supplier<String> latest) {
		count.increment();
		long now = System.nanoTime();
		long due = nextAt.get();
		if (now - due >= 0 && nextAt.compareAndSet(due, now + intervalNanos)) {
			log.warn("{}: {} since the previous report (at most one report per {} s); latest: {}", what,
					count.sumThenReset(), intervalNanos / 1_000_000_000L, latest.get());
		}
	}
}

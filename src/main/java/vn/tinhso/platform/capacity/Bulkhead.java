package vn.tinhso.platform.capacity;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One lane's places: a fair semaphore of {@code concurrency} permits and a short queue in front of
 * it. Waiting is bounded both in length (the queue) and in time (the caller's max wait).
 */
final class Bulkhead {

	private final Semaphore places;
	private final int concurrency;
	private final int queue;
	private final AtomicInteger waiting = new AtomicInteger();

	Bulkhead(LaneLimit limit) {
		this.places = new Semaphore(limit.concurrency(), true);
		this.concurrency = limit.concurrency();
		this.queue = limit.queue();
	}

	/** A free place now, without overtaking requests already waiting. */
	boolean enterNow() {
		return acquire(Duration.ZERO);
	}

	/** Waits for a place; {@link Admission#QUEUE_FULL} at once if the queue is full. */
	Admission enterAfterWait(Duration maxWait) {
		if (waiting.incrementAndGet() > queue) {
			waiting.decrementAndGet();
			return Admission.QUEUE_FULL;
		}
		try {
			return acquire(maxWait) ? Admission.ADMITTED : Admission.WAIT_TIMEOUT;
		}
		finally {
			waiting.decrementAndGet();
		}
	}

	void leave() {
		places.release();
	}

	int inFlight() {
		return concurrency - places.availablePermits();
	}

	int waiting() {
		return waiting.get();
	}

	private boolean acquire(Duration wait) {
		try {
			return places.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt(); // the server is stopping: refuse
			return false;
		}
	}
}

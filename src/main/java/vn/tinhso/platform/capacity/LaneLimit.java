package vn.tinhso.platform.capacity;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One lane's budget: how many of its requests may run at once, and how many more may wait (for at
 * most {@code tinhso.capacity.max-wait}) before the next one is refused at once.
 */
record LaneLimit(int concurrency, @DefaultValue("0") int queue) {

	LaneLimit {
		if (concurrency < 1 || queue < 0) {
			throw new IllegalArgumentException("A lane needs concurrency >= 1 and queue >= 0, not " + concurrency + "/" + queue);
		}
	}
}

package vn.tinhso.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Runs a property: draws {@code tries} values, each from its own seed, checks each, and fails with
 * every broken one and the seed that replays it. {@code -Dfuzz.seed} fixes the first seed and
 * {@code -Dfuzz.tries} the number of tries (1 to replay a single failure).
 */
final class Tries {

	/** What one try found: a short label of the answer (for the summary) and what was wrong with it. */
	record Outcome(String kind, List<String> problems) {
	}

	@FunctionalInterface
	interface Check<T> {
		Outcome check(T value) throws Exception;
	}

	private static final int FAILURES_SHOWN = 10;

	private Tries() {
	}

	/** Returns how many answers of each kind the tries got (also printed, to see what the run reached). */
	static <T> Map<String, Integer> run(String name, int tries, Gen<T> values, Check<T> check) {
		long first = Long.getLong("fuzz.seed", new Random().nextLong());
		int count = Integer.getInteger("fuzz.tries", tries);
		Map<String, Integer> kinds = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		int failed = 0;
		for (int i = 0; i < count; i++) {
			long seed = first + i;
			T value = values.next(new Random(seed));
			Outcome outcome;
			try {
				outcome = check.check(value);
			}
			catch (Exception e) {
				outcome = new Outcome("exception", List.of("the check itself threw " + e));
			}
			kinds.merge(outcome.kind(), 1, Integer::sum);
			if (!outcome.problems().isEmpty() && failed++ < FAILURES_SHOWN) {
				failures.add("seed " + seed + ": " + value + "\n    " + String.join("\n    ", outcome.problems()));
			}
		}
		System.out.printf("fuzz %s: %d tries from seed %d, answers %s%n", name, count, first, kinds);
		assertThat(failed).as("%s: %d of %d requests answered wrongly (replay one with -Dfuzz.seed=<seed> -Dfuzz.tries=1):%n%s",
				name, failed, count, String.join("\n\n", failures)).isZero();
		return kinds;
	}
}

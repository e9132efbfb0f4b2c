package vn.tinhso.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A generator of random values from a seeded {@link Random}: the same seed gives the same value, so
 * a failing request is replayed from the seed the test prints. Small on purpose: choices, weights,
 * lists, ranges, random text and bytes are all the hostile-input fuzz needs.
 */
@FunctionalInterface
interface Gen<T> {

	T next(Random random);

	default <U> Gen<U> map(Function<? super T, ? extends U> f) {
		return r -> f.apply(next(r));
	}

	default <U> Gen<U> flatMap(Function<? super T, Gen<U>> f) {
		return r -> f.apply(next(r)).next(r);
	}

	/** Between {@code min} and {@code max} values (both included). */
	default Gen<List<T>> list(int min, int max) {
		return r -> {
			int size = min + r.nextInt(max - min + 1);
			List<T> values = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				values.add(next(r));
			}
			return values;
		};
	}

	static <T> Gen<T> just(T value) {
		return r -> value;
	}

	static <T> Gen<T> of(List<T> choices) {
		List<T> copy = List.copyOf(choices);
		return r -> copy.get(r.nextInt(copy.size()));
	}

	@SafeVarargs
	static <T> Gen<T> of(T... choices) {
		return of(Arrays.asList(choices));
	}

	static <T> Gen<T> oneOf(List<Gen<T>> generators) {
		return of(generators).flatMap(g -> g);
	}

	@SafeVarargs
	static <T> Gen<T> oneOf(Gen<T>... generators) {
		return oneOf(Arrays.asList(generators));
	}

	/** An integer from {@code min} to {@code max}, both included. */
	static Gen<Integer> between(int min, int max) {
		return r -> min + r.nextInt(max - min + 1);
	}

	/** Text of up to {@code maxLength} chars from all of UTF-16: controls, lone surrogates and unassigned ones included. */
	static Gen<String> anyText(int maxLength) {
		return r -> {
			char[] chars = new char[r.nextInt(maxLength + 1)];
			for (int i = 0; i < chars.length; i++) {
				// Half from ASCII and the Latin/Vietnamese range where parsers look hardest, half from anywhere.
				chars[i] = (char) (r.nextBoolean() ? r.nextInt(0x250) : r.nextInt(0x10000));
			}
			return new String(chars);
		};
	}

	static Gen<byte[]> bytes(int maxSize) {
		return r -> {
			byte[] bytes = new byte[r.nextInt(maxSize + 1)];
			r.nextBytes(bytes);
			return bytes;
		};
	}

	/** Generators chosen in proportion to their weights. */
	static <T> Weighted<T> weighted(int weight, Gen<T> first) {
		return new Weighted<T>().or(weight, first);
	}

	final class Weighted<T> implements Gen<T> {

		private final List<Gen<T>> generators = new ArrayList<>();
		private final List<Integer> weights = new ArrayList<>();
		private int total;

		Weighted<T> or(int weight, Gen<T> generator) {
			generators.add(generator);
			weights.add(weight);
			total += weight;
			return this;
		}

		@Override
		public T next(Random random) {
			int pick = random.nextInt(total);
			for (int i = 0;; i++) {
				pick -= weights.get(i);
				if (pick < 0) {
					return generators.get(i).next(random);
				}
			}
		}
	}
}

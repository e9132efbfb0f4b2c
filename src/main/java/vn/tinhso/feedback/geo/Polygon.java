package vn.tinhso.feedback.geo;

import java.util.List;

/** An outer ring with zero or more holes (a lake, an enclave belonging to another commune). */
final class Polygon {

	private final Ring outer;
	private final List<Ring> holes;

	Polygon(Ring outer, List<Ring> holes) {
		this.outer = outer;
		this.holes = List.copyOf(holes);
	}

	Box box() {
		return outer.box;
	}

	/** Inside the outer ring and in none of the holes. */
	boolean contains(double lat, double lon) {
		if (!outer.contains(lat, lon)) {
			return false;
		}
		for (Ring hole : holes) {
			if (hole.contains(lat, lon)) {
				return false;
			}
		}
		return true;
	}

	double[] centroid() {
		return outer.centroid();
	}
}

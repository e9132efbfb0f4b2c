package vn.tinhso.feedback.geo;

import java.util.ArrayList;
import java.util.Collections;
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

	/** The land it covers: the outer ring's area less its holes', in square degrees. */
	double area() {
		double area = outer.area();
		for (Ring hole : holes) {
			area -= hole.area();
		}
		return area;
	}

	/**
	 * A point {lat, lon} inside the polygon where a marker can stand for it: the centroid when that lies
	 * inside (convex and most everyday shapes), else the middle of the widest stretch inside along the
	 * centroid's parallel (a crescent, a U-shaped commune, a hole in the middle), else along the parallel
	 * through the middle of the bounding box.
	 */
	double[] labelPoint() {
		double[] c = outer.centroid();
		if (Double.isFinite(c[0]) && Double.isFinite(c[1]) && contains(c[0], c[1])) {
			return c;
		}
		Box box = outer.box;
		double middle = (box.minLat() + box.maxLat()) / 2;
		for (double lat : new double[] { c[0], middle }) {
			double[] inside = Double.isFinite(lat) ? widestStretch(lat) : null;
			if (inside != null) {
				return inside;
			}
		}
		return new double[] { middle, (box.minLon() + box.maxLon()) / 2 };
	}

	private double[] widestStretch(double lat) {
		List<Double> crossings = new ArrayList<>();
		outer.crossings(lat, crossings);
		holes.forEach(h -> h.crossings(lat, crossings));
		Collections.sort(crossings);
		double[] best = null;
		double width = -1;
		for (int i = 0; i + 1 < crossings.size(); i += 2) {
			double w = crossings.get(i + 1) - crossings.get(i);
			if (w > width) {
				width = w;
				best = new double[] { lat, (crossings.get(i) + crossings.get(i + 1)) / 2 };
			}
		}
		return best;
	}
}

package vn.tinhso.feedback.geo;

import java.util.List;

/**
 * A closed ring of a polygon in longitude/latitude degrees, with its bounding box. The last point may
 * repeat the first (as GeoJSON requires) or not; the ring is closed either way.
 */
final class Ring {

	private final double[] lon;
	private final double[] lat;
	final Box box;

	Ring(List<double[]> points) {
		int n = points.size();
		if (n > 1 && points.get(0)[0] == points.get(n - 1)[0] && points.get(0)[1] == points.get(n - 1)[1]) {
			n--;
		}
		if (n < 3) {
			throw new IllegalArgumentException("A ring needs at least three distinct points");
		}
		lon = new double[n];
		lat = new double[n];
		for (int i = 0; i < n; i++) {
			lon[i] = points.get(i)[0];
			lat[i] = points.get(i)[1];
		}
		box = Box.of(lon, lat);
	}

	/**
	 * Ray casting: a ray from the point towards growing longitude crosses the ring's edges an odd
	 * number of times when the point is inside. The half-open test on latitude counts a vertex once,
	 * and makes a point on an edge shared by two rings belong to exactly one of them.
	 */
	boolean contains(double pointLat, double pointLon) {
		if (!box.contains(pointLat, pointLon)) {
			return false;
		}
		boolean inside = false;
		for (int i = 0, j = lon.length - 1; i < lon.length; j = i++) {
			if ((lat[i] > pointLat) != (lat[j] > pointLat)) {
				double crossing = lon[i] + (pointLat - lat[i]) * (lon[j] - lon[i]) / (lat[j] - lat[i]);
				if (pointLon < crossing) {
					inside = !inside;
				}
			}
		}
		return inside;
	}

	/** The area enclosed, in square degrees (shoelace formula; either winding order). */
	double area() {
		double twice = 0;
		for (int i = 0, j = lon.length - 1; i < lon.length; j = i++) {
			twice += (lon[j] - lon[0]) * (lat[i] - lat[0]) - (lon[i] - lon[0]) * (lat[j] - lat[0]);
		}
		return Math.abs(twice) / 2;
	}

	/**
	 * Adds the longitudes where the ring's edges cross the parallel {@code pointLat}, with the half-open
	 * rule of {@link #contains}, so that crossings of all rings of a polygon, sorted, pair up into the
	 * stretches of that parallel inside the polygon.
	 */
	void crossings(double pointLat, List<Double> out) {
		for (int i = 0, j = lon.length - 1; i < lon.length; j = i++) {
			if ((lat[i] > pointLat) != (lat[j] > pointLat)) {
				out.add(lon[i] + (pointLat - lat[i]) * (lon[j] - lon[i]) / (lat[j] - lat[i]));
			}
		}
	}

	/**
	 * The centre of mass of the ring's area (shoelace formula); a point inside for convex rings. Computed
	 * relative to the first point: products of coordinates near 100° would lose the digits that matter.
	 */
	double[] centroid() {
		double area = 0;
		double cx = 0;
		double cy = 0;
		for (int i = 0, j = lon.length - 1; i < lon.length; j = i++) {
			double xi = lon[i] - lon[0];
			double yi = lat[i] - lat[0];
			double xj = lon[j] - lon[0];
			double yj = lat[j] - lat[0];
			double cross = xj * yi - xi * yj;
			area += cross;
			cx += (xj + xi) * cross;
			cy += (yj + yi) * cross;
		}
		return new double[] { lat[0] + cy / (3 * area), lon[0] + cx / (3 * area) };
	}
}

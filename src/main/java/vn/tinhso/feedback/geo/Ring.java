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

	/** The centre of mass of the ring's area (shoelace formula); a point inside for convex rings. */
	double[] centroid() {
		double area = 0;
		double cx = 0;
		double cy = 0;
		for (int i = 0, j = lon.length - 1; i < lon.length; j = i++) {
			double cross = lon[j] * lat[i] - lon[i] * lat[j];
			area += cross;
			cx += (lon[j] + lon[i]) * cross;
			cy += (lat[j] + lat[i]) * cross;
		}
		return new double[] { cy / (3 * area), cx / (3 * area) };
	}
}

package vn.tinhso.feedback.geo;

/** A bounding box in degrees: the cheap first test before ray casting. */
record Box(double minLat, double minLon, double maxLat, double maxLon) {

	static Box of(double[] lon, double[] lat) {
		double minLat = Double.POSITIVE_INFINITY;
		double minLon = Double.POSITIVE_INFINITY;
		double maxLat = Double.NEGATIVE_INFINITY;
		double maxLon = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < lon.length; i++) {
			minLat = Math.min(minLat, lat[i]);
			maxLat = Math.max(maxLat, lat[i]);
			minLon = Math.min(minLon, lon[i]);
			maxLon = Math.max(maxLon, lon[i]);
		}
		return new Box(minLat, minLon, maxLat, maxLon);
	}

	Box union(Box other) {
		return new Box(Math.min(minLat, other.minLat), Math.min(minLon, other.minLon), Math.max(maxLat, other.maxLat),
				Math.max(maxLon, other.maxLon));
	}

	boolean contains(double lat, double lon) {
		return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
	}
}

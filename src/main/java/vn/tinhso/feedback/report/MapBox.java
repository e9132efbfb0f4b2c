package vn.tinhso.feedback.report;

/** A part of the map in degrees (WGS 84), as GeoJSON writes a bounding box: west, south, east, north. */
public record MapBox(double west, double south, double east, double north) {

	public MapBox {
		if (!(west <= east) || !(south <= north)) {
			throw new IllegalArgumentException("A box needs west <= east and south <= north");
		}
	}

	/** The smallest box holding both. */
	public MapBox union(MapBox other) {
		return new MapBox(Math.min(west, other.west), Math.min(south, other.south), Math.max(east, other.east),
				Math.max(north, other.north));
	}

	/** The share of this box's area that lies inside {@code other} (0 to 1; 1 for a point or line inside it). */
	double shareInside(MapBox other) {
		double w = Math.max(0, Math.min(east, other.east) - Math.max(west, other.west));
		double h = Math.max(0, Math.min(north, other.north) - Math.max(south, other.south));
		double area = (east - west) * (north - south);
		if (area == 0) {
			return west >= other.west && east <= other.east && south >= other.south && north <= other.north ? 1 : 0;
		}
		return w * h / area;
	}

	/** West, south, east, north: the GeoJSON {@code bbox} member. */
	public double[] toArray() {
		return new double[] { west, south, east, north };
	}
}

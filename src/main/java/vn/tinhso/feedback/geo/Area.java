package vn.tinhso.feedback.geo;

import java.util.List;

/** The land of one commune or ward: one polygon, or several (GeoJSON MultiPolygon: islands, exclaves). */
public final class Area {

	private final List<Polygon> polygons;
	private final Box box;
	private final double[] label;

	Area(List<Polygon> polygons) {
		if (polygons.isEmpty()) {
			throw new IllegalArgumentException("An area needs at least one polygon");
		}
		this.polygons = List.copyOf(polygons);
		Box b = polygons.get(0).box();
		for (Polygon p : polygons) {
			b = b.union(p.box());
		}
		this.box = b;
		Polygon largest = polygons.get(0);
		for (Polygon p : polygons) {
			if (p.area() > largest.area()) {
				largest = p;
			}
		}
		this.label = largest.labelPoint();
	}

	/** Whether the point (degrees) lies in the area; the bounding box is tested first. */
	public boolean contains(double lat, double lon) {
		if (!box.contains(lat, lon)) {
			return false;
		}
		for (Polygon p : polygons) {
			if (p.contains(lat, lon)) {
				return true;
			}
		}
		return false;
	}

	/** How many separate polygons (islands, exclaves) the area has. */
	public int polygonCount() {
		return polygons.size();
	}

	public double minLat() {
		return box.minLat();
	}

	public double minLon() {
		return box.minLon();
	}

	public double maxLat() {
		return box.maxLat();
	}

	public double maxLon() {
		return box.maxLon();
	}

	/** The centroid of the first polygon's outer ring as {lat, lon}: a marker position for maps and tests. */
	public double[] centroid() {
		return polygons.get(0).centroid();
	}

	/**
	 * Where a marker standing for the whole area goes, as {lat, lon}: a point inside its largest polygon,
	 * its centroid when that is inside. Computed once, when the boundary is read.
	 */
	public double[] labelPoint() {
		return label.clone();
	}
}

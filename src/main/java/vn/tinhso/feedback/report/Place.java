package vn.tinhso.feedback.report;

/**
 * Where the problem is: a point (degrees, WGS 84) and/or an address as typed, and the commune or ward
 * the point lies in (null without a point).
 */
public record Place(Double lat, Double lon, String address, String communeCode) {

	public boolean hasPoint() {
		return lat != null && lon != null;
	}

	/** Great-circle distance in metres (haversine); the province is small enough for a sphere. */
	public static double metres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
				* Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}

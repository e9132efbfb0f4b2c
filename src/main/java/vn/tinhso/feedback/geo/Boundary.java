package vn.tinhso.feedback.geo;

/**
 * The boundary of one commune or ward.
 *
 * @param geometry the GeoJSON geometry as loaded, for maps
 */
public record Boundary(String agencyCode, String name, Area area, String geometry) {
}

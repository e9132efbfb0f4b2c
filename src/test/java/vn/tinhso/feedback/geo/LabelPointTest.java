package vn.tinhso.feedback.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The point a commune's count stands on lies inside the commune, whatever its shape. */
class LabelPointTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Area area(String geometry) {
		return GeoJson.area(JSON.readTree(geometry));
	}

	private static void assertInside(Area a) {
		double[] p = a.labelPoint();
		assertThat(a.contains(p[0], p[1])).as("(%s, %s) inside", p[0], p[1]).isTrue();
	}

	@Test
	void aConvexShapeIsLabelledAtItsCentroid() {
		Area square = area("""
				{"type": "Polygon", "coordinates": [[[100, 10], [100.01, 10], [100.01, 10.01], [100, 10.01], [100, 10]]]}""");
		assertThat(square.labelPoint()[0]).isCloseTo(10.005, within(1e-9));
		assertThat(square.labelPoint()[1]).isCloseTo(100.005, within(1e-9));
	}

	@Test
	void aUShapeWhoseCentroidFallsOutsideIsLabelledInsideIt() {
		// A U open to the north: the centroid lies in the gap between the arms.
		Area u = area("""
				{"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [8, 10], [8, 2], [2, 2], [2, 10], [0, 10], [0, 0]]]}""");
		double[] c = u.centroid();
		assertThat(u.contains(c[0], c[1])).isFalse();
		assertInside(u);
	}

	@Test
	void aRingAroundALakeIsLabelledOnLandAndAnAreaOfIslandsOnItsLargestIsland() {
		Area ring = area("""
				{"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
				  [[1, 1], [9, 1], [9, 9], [1, 9], [1, 1]]]}""");
		assertInside(ring);
		Area islands = area("""
				{"type": "MultiPolygon", "coordinates": [
				  [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
				  [[[5, 5], [9, 5], [9, 9], [5, 9], [5, 5]]]]}""");
		assertThat(islands.labelPoint()[0]).isCloseTo(7, within(1e-9));
		assertThat(islands.labelPoint()[1]).isCloseTo(7, within(1e-9));
	}

	@Test
	void everyDemoCommuneIsLabelledInsideItsBoundary() throws IOException {
		try (InputStream in = new ClassPathResource("demo/feedback-boundaries.geojson").getInputStream()) {
			JsonNode root = JSON.readTree(in);
			int n = 0;
			for (JsonNode feature : root.path("features").values()) {
				assertInside(GeoJson.area(feature.get("geometry")));
				n++;
			}
			assertThat(n).isGreaterThan(50);
		}
	}
}

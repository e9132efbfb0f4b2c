package vn.tinhso.feedback.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ray casting with holes, concave shapes, shared edges and the bounding-box prefilter; the demo boundaries. */
class PointInPolygonTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Area area(String geometry) {
		return GeoJson.area(JSON.readTree(geometry));
	}

	/** A 10 × 10 square (lon 100–110, lat 10–20) with a 2 × 2 hole in the middle. */
	private static final String SQUARE_WITH_HOLE = """
			{"type": "Polygon", "coordinates": [
			  [[100, 10], [110, 10], [110, 20], [100, 20], [100, 10]],
			  [[104, 14], [104, 16], [106, 16], [106, 14], [104, 14]]]}""";

	@Test
	void aPointInsideIsInAndOneOutsideIsOut() {
		Area a = area(SQUARE_WITH_HOLE);
		assertThat(a.contains(12, 102)).isTrue();
		assertThat(a.contains(19.9, 109.9)).isTrue();
		assertThat(a.contains(25, 105)).isFalse(); // north of it
		assertThat(a.contains(15, 99)).isFalse(); // west of it, on the same latitude as the hole
		assertThat(a.contains(-15, -105)).isFalse();
	}

	@Test
	void aPointInAHoleIsOutButAroundTheHoleIsIn() {
		Area a = area(SQUARE_WITH_HOLE);
		assertThat(a.contains(15, 105)).isFalse();
		assertThat(a.contains(14.001, 104.001)).isFalse();
		assertThat(a.contains(13.999, 105)).isTrue();
		assertThat(a.contains(15, 106.001)).isTrue();
		assertThat(a.contains(15, 103.999)).isTrue();
	}

	@Test
	void pointsJustInsideAndJustOutsideAnEdgeAreTold() {
		Area a = area("""
				{"type": "Polygon", "coordinates": [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]]}""");
		double e = 1e-9;
		assertThat(a.contains(2, 4 - e)).isTrue();
		assertThat(a.contains(2, 4 + e)).isFalse();
		assertThat(a.contains(e, 2)).isTrue();
		assertThat(a.contains(-e, 2)).isFalse();
		// A slanted edge: the line lon = lat from (0,0) to (4,4) of a triangle.
		Area triangle = area("""
				{"type": "Polygon", "coordinates": [[[0, 0], [4, 0], [4, 4], [0, 0]]]}""");
		assertThat(triangle.contains(2, 2 + e)).isTrue();
		assertThat(triangle.contains(2, 2 - e)).isFalse();
	}

	@Test
	void aPointLevelWithAVertexIsCountedOnce() {
		// A diamond: a ray from a point level with the east and west vertices passes exactly through them.
		Area diamond = area("""
				{"type": "Polygon", "coordinates": [[[0, 5], [5, 0], [10, 5], [5, 10], [0, 5]]]}""");
		assertThat(diamond.contains(5, 5)).isTrue();
		assertThat(diamond.contains(5, -1)).isFalse();
		assertThat(diamond.contains(5, 11)).isFalse();
	}

	@Test
	void theNotchOfAConcaveShapeIsOutside() {
		// A U: two arms joined at the bottom; the space between the arms is not part of it.
		Area u = area("""
				{"type": "Polygon", "coordinates": [[[0, 0], [6, 0], [6, 6], [4, 6], [4, 2], [2, 2], [2, 6], [0, 6], [0, 0]]]}""");
		assertThat(u.contains(4, 3)).isFalse();
		assertThat(u.contains(4, 1)).isTrue();
		assertThat(u.contains(4, 5)).isTrue();
		assertThat(u.contains(1, 3)).isTrue();
	}

	@Test
	void aPointOnAnEdgeSharedByTwoNeighboursBelongsToExactlyOne() {
		Area west = area("""
				{"type": "Polygon", "coordinates": [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]}""");
		Area east = area("""
				{"type": "Polygon", "coordinates": [[[2, 0], [4, 0], [4, 2], [2, 2], [2, 0]]]}""");
		for (double lat : new double[] { 0.5, 1, 1.5 }) {
			assertThat(west.contains(lat, 2) ^ east.contains(lat, 2)).as("lat %s", lat).isTrue();
		}
	}

	@Test
	void aMultiPolygonCountsEachPartAndTheBoxComesFirst() {
		Area islands = area("""
				{"type": "MultiPolygon", "coordinates": [
				  [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
				  [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]]]}""");
		assertThat(islands.contains(0.5, 0.5)).isTrue();
		assertThat(islands.contains(5.5, 5.5)).isTrue();
		assertThat(islands.contains(3, 3)).isFalse(); // inside the union's box, in no part
		assertThat(islands.minLat()).isZero();
		assertThat(islands.maxLon()).isEqualTo(6);
	}

	@Test
	void whatIsNotAPolygonIsRefusedWithItsReason() {
		assertThatThrownBy(() -> area("""
				{"type": "Point", "coordinates": [1, 2]}""")).hasMessageContaining("Polygon or MultiPolygon");
		assertThatThrownBy(() -> area("""
				{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]}""")).hasMessageContaining("four positions");
		assertThatThrownBy(() -> area("""
				{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 91], [0, 0]]]}""")).hasMessageContaining("out of range");
		assertThatThrownBy(() -> area("""
				{"type": "Polygon", "coordinates": [[["a", 0], [1, 0], [1, 1], [0, 0]]]}""")).hasMessageContaining("[longitude, latitude]");
	}

	@Test
	void theDemoBoundariesCoverEveryCommuneOfTheDemoProvinceWithoutOverlap() throws IOException {
		JsonNode root;
		try (InputStream in = new ClassPathResource("demo/feedback-boundaries.geojson").getInputStream()) {
			root = JSON.readTree(in);
		}
		List<String> codes = new ArrayList<>();
		List<Area> areas = new ArrayList<>();
		for (JsonNode f : root.path("features").values()) {
			codes.add(f.path("properties").path("agency_code").asString());
			areas.add(GeoJson.area(f.get("geometry")));
		}
		Set<String> communes = new HashSet<>();
		try (InputStream in = new ClassPathResource("demo/agencies.csv").getInputStream()) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.contains(",COMMUNE,") || line.contains(",WARD,")) {
					communes.add(line.substring(0, 13));
				}
			}
		}
		assertThat(communes).hasSize(99);
		assertThat(new HashSet<>(codes)).isEqualTo(communes).hasSize(codes.size());
		for (int i = 0; i < areas.size(); i++) {
			double[] centre = areas.get(i).centroid();
			List<String> containing = new ArrayList<>();
			for (int j = 0; j < areas.size(); j++) {
				if (areas.get(j).contains(centre[0], centre[1])) {
					containing.add(codes.get(j));
				}
			}
			assertThat(containing).as("centre of %s", codes.get(i)).containsExactly(codes.get(i));
			// Plausibly placed: within Bắc Ninh's latitudes and longitudes.
			assertThat(centre[0]).isBetween(20.9, 21.7);
			assertThat(centre[1]).isBetween(105.8, 107.1);
		}
		// Hà Nội's Hoàn Kiếm lake is not in the province.
		assertThat(areas.stream().anyMatch(a -> a.contains(21.0285, 105.8524))).isFalse();
	}
}

package vn.tinhso.feedback.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.feedback.geo.Boundary;
import vn.tinhso.feedback.geo.CommuneMap;
import vn.tinhso.platform.DomainException;

@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Phản ánh: ranh giới xã, phường (boundaries)", description = "Ranh giới hành chính dùng để xác định xã, phường của vị trí phản ánh")
class BoundaryApi {

	private final CommuneMap map;

	BoundaryApi(CommuneMap map) {
		this.map = map;
	}

	@GetMapping(path = "/boundaries", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Every commune and ward boundary as a GeoJSON FeatureCollection")
	String geoJson() {
		StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
		List<Boundary> all = map.all();
		for (int i = 0; i < all.size(); i++) {
			Boundary b = all.get(i);
			out.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"agency_code\":\"")
					.append(b.agencyCode()).append("\",\"name\":").append(quoted(b.name())).append("},\"geometry\":")
					.append(b.geometry()).append('}');
		}
		return out.append("]}").toString();
	}

	@PutMapping(path = "/boundaries", consumes = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "Load boundaries from a GeoJSON FeatureCollection (properties.agency_code names the commune or ward)",
			description = "Replaces the boundaries of the communes named; all or nothing (system administrators).")
	Map<String, Integer> load(@RequestBody byte[] geoJson) {
		return Map.of("stored", map.importGeoJson(geoJson));
	}

	@GetMapping("/locate")
	@Operation(summary = "The commune or ward of a point; 422 outside the province")
	Map<String, String> locate(@RequestParam double lat, @RequestParam double lon) {
		return map.locate(lat, lon).map(b -> Map.of("agencyCode", b.agencyCode(), "name", b.name()))
				.orElseThrow(() -> new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "feedback.location.outside-province",
						List.of()));
	}

	private static String quoted(String s) {
		StringBuilder q = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			if (c == '"' || c == '\\') {
				q.append('\\').append(c);
			}
			else if (c < 0x20) {
				q.append(String.format("\\u%04x", (int) c));
			}
			else {
				q.append(c);
			}
		}
		return q.append('"').toString();
	}
}

package vn.tinhso.feedback;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.directory.Role;
import vn.tinhso.support.Fixtures;

/**
 * Field-report data for browser tests (which extend BrowserTest, not {@link FeedbackTestSupport}): a
 * commune with a square boundary 0.02° a side in a region of its own (never overlapping the API
 * tests' squares), and a category routed to the commune of the place.
 */
public final class FeedbackPageData {

	private static final AtomicInteger SQUARES = new AtomicInteger();

	private final MockMvc mvc;
	private final Fixtures fixtures;
	private final String admin;

	/** A commune and the centre of its square. */
	public record Commune(String code, double lat, double lon) {
	}

	public FeedbackPageData(MockMvc mvc, Fixtures fixtures) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
	}

	public Commune commune() throws Exception {
		String code = fixtures.unitUnder(fixtures.department());
		int n = SQUARES.getAndIncrement();
		double south = 14 + (n / 50) * 0.04;
		double west = 104 + (n % 50) * 0.04;
		String geoJson = """
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				  "properties": {"agency_code": "%s", "name": "Phường trình duyệt %d"},
				  "geometry": {"type": "Polygon", "coordinates": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}}]}"""
				.formatted(code, n, west, south, west + 0.02, south, west + 0.02, south + 0.02, west, south + 0.02, west, south);
		mvc.perform(put("/api/v1/feedback/boundaries").contentType(MediaType.APPLICATION_JSON).content(geoJson).with(as(admin)))
				.andExpect(status().isOk());
		return new Commune(code, south + 0.01, west + 0.01);
	}

	public String category() throws Exception {
		String code = "B-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		mvc.perform(post("/api/v1/feedback/categories").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "nameVi": "Cây đổ %s", "nameEn": "Fallen tree %s", "description": "Cây đổ, gãy cành",
				 "keywords": "cây,đổ", "group": "Môi trường", "responsibleKind": "COMMUNE"}""".formatted(code, code, code))
				.with(as(admin))).andExpect(status().isCreated());
		return code;
	}
}

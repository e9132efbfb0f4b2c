package vn.tinhso.feedback;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

/**
 * Field-report test data: communes with square boundaries of their own (0.01° a side, never
 * overlapping, far from any real province), categories, an administrator and an IOC operator.
 */
public abstract class FeedbackTestSupport extends IntegrationTest {

	private static final AtomicInteger SQUARES = new AtomicInteger();
	private static final AtomicInteger CATEGORIES = new AtomicInteger();

	/** A point no test boundary ever covers. */
	protected static final double OUTSIDE_LAT = -33.9;
	protected static final double OUTSIDE_LON = 18.4;

	protected String admin;
	protected String operator;

	/** A commune (with its boundary) and the centre of its square. */
	protected record Commune(String code, double lat, double lon) {
	}

	protected void staff() {
		admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		operator = fixtures.official(fixtures.root(), Role.IOC_OPERATOR);
	}

	/** A new commune under a new department, with a square boundary loaded through the API. */
	/**
	 * A report form posted to {@code url} from the client address {@code ip}, with a category, a description
	 * and the commune's point; {@code params} (name, value, …) add or replace fields.
	 */
	protected static MockMultipartHttpServletRequestBuilder reportForm(String url, String ip, String category,
			Commune commune, String description, String... params) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("category", category);
		fields.put("description", description);
		fields.put("lat", String.valueOf(commune.lat()));
		fields.put("lon", String.valueOf(commune.lon()));
		for (int i = 0; i + 1 < params.length; i += 2) {
			fields.put(params[i], params[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart(url);
		fields.forEach(request::param);
		request.with(r -> {
			r.setRemoteAddr(ip);
			return r;
		});
		return request;
	}

	protected Commune commune() throws Exception {
		String department = fixtures.department();
		String code = fixtures.unitUnder(department);
		int n = SQUARES.getAndIncrement();
		double south = 10 + (n / 100) * 0.02;
		double west = 100 + (n % 100) * 0.02;
		String geoJson = """
				{"type": "FeatureCollection", "features": [{"type": "Feature",
				  "properties": {"agency_code": "%s", "name": "Xã thử nghiệm %d"},
				  "geometry": {"type": "Polygon", "coordinates": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}}]}"""
				.formatted(code, n, west, south, west + 0.01, south, west + 0.01, south + 0.01, west, south + 0.01, west, south);
		mvc.perform(put("/api/v1/feedback/boundaries").contentType(MediaType.APPLICATION_JSON).content(geoJson).with(as(admin)))
				.andExpect(status().isOk());
		return new Commune(code, south + 0.005, west + 0.005);
	}

	/** A new active category routed to the commune of the place. */
	protected String category() throws Exception {
		String code = "T" + CATEGORIES.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		mvc.perform(post("/api/v1/feedback/categories").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "nameVi": "Ổ gà %s", "nameEn": "Pothole %s", "description": "Mặt đường hư hỏng",
				 "keywords": "ổ gà,đường", "group": "Giao thông", "responsibleKind": "COMMUNE"}""".formatted(code, code, code))
				.with(as(admin))).andExpect(status().isCreated());
		return code;
	}

	protected MockMultipartHttpServletRequestBuilder report(String category, String description, double lat, double lon) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/api/v1/feedback/reports").param("category", category)
				.param("description", description).param("lat", String.valueOf(lat)).param("lon", String.valueOf(lon));
	}

	/** Sends a report as the user and returns its code. */
	protected String reported(String user, String category, Commune c) throws Exception {
		String body = mvc.perform(report(category, "Ổ gà lớn giữa đường, nguy hiểm cho xe máy", c.lat(), c.lon())
				.with(as(user))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	protected ResultActions act(String user, String code, String action, String... params) throws Exception {
		var request = multipart("/api/v1/feedback/reports/" + code + "/actions/" + action).with(as(user));
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	protected ResultActions act(String user, String code, String action, MockMultipartFile photo, String... params)
			throws Exception {
		var request = multipart("/api/v1/feedback/reports/" + code + "/actions/" + action).file(photo).with(as(user));
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	protected static MockMultipartFile photo(String fileName, byte[] content) {
		return new MockMultipartFile("photos", fileName, "application/octet-stream", content);
	}

	protected int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}
}

package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tinhso.platform.ProvinceTime;

/**
 * The public map's data: zoomed out, one count per commune (visible reports only, also when the counts were
 * kept from an earlier request); zoomed in, the newest reports in view, at most 500; a malformed view is
 * refused with its code.
 */
class FeedbackPublicMapTest extends FeedbackTestSupport {

	private Commune north;
	private Commune south;
	private String category;
	private String citizen;

	@BeforeEach
	void province() throws Exception {
		staff();
		north = commune();
		south = commune();
		category = category();
		citizen = fixtures.citizen();
	}

	@Test
	void zoomedOutEachCommuneShowsHowManyVisibleReportsMatchAndTheMapFitsThem() throws Exception {
		String first = reported(citizen, category, north);
		reported(citizen, category, north);
		String hidden = reported(citizen, category, north);
		act(operator, hidden, "HIDE", "note", "Có số điện thoại cá nhân").andExpectAll(status().isOk());
		sent(south.lat() + 0.002, south.lon() - 0.003);

		DocumentContext all = map(get("/feedback/map.json").param("category", category));
		assertThat(all.read("$.type", String.class)).isEqualTo("FeatureCollection");
		assertThat(all.read("$.view", String.class)).isEqualTo("communes");
		assertThat(all.read("$.pointZoom", Integer.class)).isEqualTo(13);
		assertThat(all.read("$.total", Long.class)).isEqualTo(3);
		assertThat(all.read("$.features.length()", Integer.class)).isEqualTo(2);
		Map<String, Object> n = cluster(all, north.code());
		assertThat(n).containsEntry("cluster", true).containsEntry("count", 2).containsEntry("name",
				"Xã thử nghiệm " + square(north));
		assertThat((String) n.get("url")).isEqualTo("/feedback?commune=" + north.code() + "&category=" + category);
		List<Double> at = all.read("$.features[?(@.properties.commune == '" + north.code() + "')].geometry.coordinates[*]");
		assertThat(at.get(0)).isCloseTo(north.lon(), within(1e-9)); // the middle of the commune's square
		assertThat(at.get(1)).isCloseTo(north.lat(), within(1e-9));
		assertThat(cluster(all, south.code())).containsEntry("count", 1);
		// A few matches: the extent is theirs exactly (west, south, east, north).
		List<Double> bbox = all.read("$.bbox");
		assertThat(bbox.get(0)).isCloseTo(Math.min(north.lon(), south.lon() - 0.003), within(1e-9));
		assertThat(bbox.get(1)).isCloseTo(Math.min(north.lat(), south.lat() + 0.002), within(1e-9));
		assertThat(bbox.get(2)).isCloseTo(Math.max(north.lon(), south.lon() - 0.003), within(1e-9));
		assertThat(bbox.get(3)).isCloseTo(Math.max(north.lat(), south.lat() + 0.002), within(1e-9));
		assertThat(all.jsonString()).doesNotContain(hidden).doesNotContain(first);

		// The filters: a commune, a status, the day sent.
		DocumentContext one = map(get("/feedback/map.json").param("category", category).param("commune", south.code()));
		assertThat(one.read("$.total", Long.class)).isEqualTo(1);
		assertThat(one.read("$.features[0].properties.commune", String.class)).isEqualTo(south.code());
		assertThat(one.read("$.features[0].properties.url", String.class)).isEqualTo("/feedback?commune=" + south.code()
				+ "&category=" + category);
		DocumentContext none = map(get("/feedback/map.json").param("category", category).param("status", "RESOLVED"));
		assertThat(none.read("$.total", Long.class)).isZero();
		assertThat(none.read("$.features.length()", Integer.class)).isZero();
		assertThat(none.jsonString()).doesNotContain("\"bbox\"");
		String yesterday = LocalDate.now(ProvinceTime.ZONE).minusDays(1).toString();
		assertThat(map(get("/feedback/map.json").param("category", category).param("to", yesterday)).read("$.total", Long.class))
				.isZero();
		assertThat(map(get("/feedback/map.json").param("category", category).param("from", yesterday)
				.param("status", "SUBMITTED")).read("$.total", Long.class)).isEqualTo(3);
		// A view below the point zoom is still the communes.
		assertThat(map(get("/feedback/map.json").param("category", category).param("bbox", box(north, 0.005))
				.param("zoom", "12")).read("$.view", String.class)).isEqualTo("communes");
	}

	@Test
	void aHiddenReportLeavesTheCountsAtOnceThoughTheyWereKept() throws Exception {
		String kept = reported(citizen, category, north);
		String toHide = reported(citizen, category, north);
		assertThat(cluster(map(get("/feedback/map.json").param("category", category)), north.code())).containsEntry("count", 2);

		act(operator, toHide, "HIDE", "note", "Có hình ảnh người dân").andExpectAll(status().isOk());
		DocumentContext after = map(get("/feedback/map.json").param("category", category));
		assertThat(cluster(after, north.code())).containsEntry("count", 1);
		DocumentContext points = map(get("/feedback/map.json").param("category", category).param("bbox", box(north, 0.005))
				.param("zoom", "16"));
		assertThat(points.read("$.features[*].properties.code", List.class)).containsExactly(kept);

		// A report sent since the counts were made is on the map at once; a change of status waits for the counts to
		// expire (a minute) or for the next moderation.
		String late = reported(citizen, category, north);
		assertThat(cluster(map(get("/feedback/map.json").param("category", category)), north.code())).containsEntry("count", 2);
		act(operator, kept, "ASSIGN").andExpectAll(status().isOk());
		assertThat(cluster(map(get("/feedback/map.json").param("category", category).param("status", "SUBMITTED")),
				north.code())).containsEntry("count", 2);
		act(operator, late, "REDACT", "description", "Ổ gà lớn giữa đường (đã lược thông tin cá nhân)")
				.andExpectAll(status().isOk());
		assertThat(cluster(map(get("/feedback/map.json").param("category", category).param("status", "SUBMITTED")),
				north.code())).containsEntry("count", 1);
		assertThat(map(get("/feedback/map.json").param("category", category).param("bbox", box(north, 0.005)).param("zoom", "16"))
				.read("$.features[*].properties.code", List.class)).containsExactly(late, kept);
	}

	@Test
	void zoomedInTheMapShowsTheNewestReportsInViewAtMost500() throws Exception {
		String batch = insert(north, 520, false);
		String hiddenBatch = insert(north, 30, true);

		DocumentContext view = map(get("/feedback/map.json").param("category", category).param("bbox", box(north, 0.005))
				.param("zoom", "16"));
		assertThat(view.read("$.view", String.class)).isEqualTo("points");
		assertThat(view.read("$.truncated", Boolean.class)).isTrue();
		assertThat(view.read("$.limit", Integer.class)).isEqualTo(500);
		assertThat(view.read("$.total", Integer.class)).isEqualTo(500);
		List<String> codes = view.read("$.features[*].properties.code");
		assertThat(codes).hasSize(500).startsWith(batch + "-1", batch + "-2").endsWith(batch + "-500");
		assertThat(view.jsonString()).doesNotContain(hiddenBatch);
		// Codes in the points, their names once beside them.
		assertThat(view.read("$.features[0].properties", Map.class)).containsOnlyKeys("code", "category", "status")
				.containsEntry("category", category).containsEntry("status", "SUBMITTED");
		assertThat(view.read("$.statuses", Map.class)).containsExactly(Map.entry("SUBMITTED", "Mới gửi, chờ xác minh"));
		assertThat(view.read("$.categories", Map.class)).containsExactly(Map.entry(category, "Ổ gà " + category));

		// A narrow view: the first column of the grid only (reports 1–49), all of them.
		double lon = north.lon() - 0.002;
		String column = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", lon - 0.00001, north.lat() - 0.003, lon + 0.00001,
				north.lat() + 0.003);
		DocumentContext narrow = map(get("/feedback/map.json").param("category", category).param("bbox", column).param("zoom", "19"));
		assertThat(narrow.read("$.truncated", Boolean.class)).isFalse();
		assertThat(narrow.read("$.features.length()", Integer.class)).isEqualTo(49);
		assertThat(narrow.read("$.features[*].geometry.coordinates[0]", List.class)).allSatisfy(
				x -> assertThat((Double) x).isCloseTo(lon, within(1e-6))); // rounded to 10 cm
		// Elsewhere: nothing; and the communes view counts them all, in the commune's extent.
		assertThat(map(get("/feedback/map.json").param("category", category).param("bbox", box(south, 0.005)).param("zoom", "16"))
				.read("$.features.length()", Integer.class)).isZero();
		DocumentContext communes = map(get("/feedback/map.json").param("category", category));
		assertThat(cluster(communes, north.code())).containsEntry("count", 520);
		List<Double> extent = communes.read("$.bbox"); // many matches: their commune's extent
		assertThat(extent.get(0)).isCloseTo(north.lon() - 0.005, within(1e-9));
		assertThat(extent.get(1)).isCloseTo(north.lat() - 0.005, within(1e-9));
		assertThat(extent.get(2)).isCloseTo(north.lon() + 0.005, within(1e-9));
		assertThat(extent.get(3)).isCloseTo(north.lat() + 0.005, within(1e-9));
	}

	@Test
	void aMalformedViewIsRefusedWithItsCode() throws Exception {
		for (String bbox : List.of("1,2,3", "1,2,3,4,5", "a,b,c,d", ",,,", "NaN,0,1,1", "Infinity,0,1,1", "1e2,0,1,1",
				"0x1p3,0,1,1", "200,0,201,1", "-181,0,0,1", "0,-91,1,0", "0,0,1,91", "10,0,5,1", "0,5,1,4", "1;2;3;4",
				"1,2,3,4".repeat(40), "106.1,21.1,106.2,21.2x")) {
			mvc.perform(get("/feedback/map.json").param("bbox", bbox).param("zoom", "15"))
					.andExpectAll(status().isBadRequest(), jsonPath("$.code").value("feedback.map.bbox-invalid"),
							jsonPath("$.features").doesNotExist());
		}
		for (String zoom : List.of("-1", "20", "abc", "1.5", "99999999999999999999", "1e1", " ")) {
			var request = get("/feedback/map.json").param("bbox", box(north, 0.005)).param("zoom", zoom);
			if (zoom.isBlank()) { // blank: no zoom, the communes
				mvc.perform(request).andExpectAll(status().isOk(), jsonPath("$.view").value("communes"));
				continue;
			}
			mvc.perform(request).andExpectAll(status().isBadRequest(), jsonPath("$.code").value("feedback.map.zoom-invalid"));
		}
		mvc.perform(get("/feedback/map.json").param("zoom", "30")).andExpectAll(status().isBadRequest(),
				jsonPath("$.detail").value("Mức thu phóng (zoom) phải là số nguyên từ 0 đến 19."));
		mvc.perform(get("/feedback/map.json").param("bbox", "10,0,5,1").cookie(new jakarta.servlet.http.Cookie("TINHSO_LANG", "en")))
				.andExpectAll(status().isBadRequest(), jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
						"The map box (bbox) is not valid")));
		mvc.perform(get("/feedback/map.json").param("bbox", "106.1,21.1,106.2,21.2\u0000")).andExpect(status().isBadRequest());
		mvc.perform(get("/feedback/map.json").param("status", "DELETED")).andExpectAll(status().isBadRequest(),
				jsonPath("$.code").value("request.invalid"));
		mvc.perform(get("/feedback/map.json").param("from", "2026-13-45")).andExpect(status().isBadRequest());
	}

	private DocumentContext map(MockHttpServletRequestBuilder request) throws Exception {
		return JsonPath.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static Map<String, Object> cluster(DocumentContext answer, String commune) {
		List<Map<String, Object>> found = answer.read("$.features[?(@.properties.commune == '" + commune + "')].properties");
		assertThat(found).as("the cluster of %s", commune).hasSize(1);
		return found.get(0);
	}

	/** A box of the given half-width around the commune's centre, as the page sends it. */
	private static String box(Commune c, double half) {
		return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", c.lon() - half, c.lat() - half, c.lon() + half, c.lat() + half);
	}

	/** The number in the test commune's name, from where its square lies (see {@link FeedbackTestSupport#commune()}). */
	private static long square(Commune c) {
		return Math.round((c.lat() - 0.005 - 10) / 0.02) * 100 + Math.round((c.lon() - 0.005 - 100) / 0.02);
	}

	private void sent(double lat, double lon) throws Exception {
		mvc.perform(report(category, "Cống thoát nước bị tắc, nước tràn lên đường", lat, lon)
				.with(vn.tinhso.support.Fixtures.as(citizen))).andExpect(status().isCreated());
	}

	/**
	 * {@code n} reports of the test's category in the commune, written straight to the table: a grid of 50 rows
	 * 0.00005° apart around the centre, report 1 the newest. Returns the codes' prefix (codes are prefix-1…prefix-n).
	 */
	private String insert(Commune c, int n, boolean hidden) {
		String prefix = "PM" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		jdbc.sql("""
				insert into feedback_report (code, token, category_code, description, lat, lon, commune_code, status, channel,
				  hidden, submitted_at, updated_at, refuse_due_at)
				select ? || '-' || g, gen_random_uuid(), ?, 'Phản ánh tạo sẵn cho bản đồ', ? - 0.002 + (g % 50) * 0.00005,
				  ? - 0.002 + (g / 50) * 0.00005, ?, 'SUBMITTED', 'WEB', ?, now() - g * interval '1 minute', now(),
				  now() + interval '2 days'
				from generate_series(1, ?) g""")
				.params(prefix, category, c.lat(), c.lon(), c.code(), hidden, n).update();
		return prefix;
	}
}

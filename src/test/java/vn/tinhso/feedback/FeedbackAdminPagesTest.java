package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import vn.tinhso.directory.Role;

/**
 * The administrators' feedback pages: categories (forms checked like the API, errors in Vietnamese by
 * their fields), boundaries (GeoJSON upload, all or nothing) and Open311 keys (shown once, revoked after
 * a confirmation), each for system administrators only.
 */
class FeedbackAdminPagesTest extends FeedbackTestSupport {

	private static final List<String> PAGES = List.of("/admin/feedback/categories", "/admin/feedback/categories/new",
			"/admin/feedback/boundaries", "/admin/feedback/api-keys");
	/** Boundary squares of this class: a region of their own, far from every other test's. */
	private static final AtomicInteger SQUARES = new AtomicInteger();
	private static final Pattern ISSUED_KEY = Pattern.compile("id=\"issued-key\">(pa_[A-Za-z0-9_-]+)<");

	// One department for the class: the test run has few department codes to share.
	private static String department;

	@BeforeEach
	void administrators() {
		staff();
		if (department == null) {
			department = fixtures.department();
		}
	}

	@Test
	void thePagesAreForSystemAdministratorsOnly() throws Exception {
		String leader = fixtures.official(department, Role.LEADER);
		String citizen = fixtures.citizen();
		for (String page : PAGES) {
			mvc.perform(get(page).with(as(admin))).andExpect(status().isOk());
			mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
			mvc.perform(get(page).with(as(operator))).andExpect(status().isForbidden());
			mvc.perform(get(page).with(as(leader))).andExpect(status().isForbidden());
			mvc.perform(get(page).with(as(citizen))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/feedback/api-keys").param("name", "Không được cấp").with(as(operator)))
				.andExpect(status().isForbidden());
		mvc.perform(multipart("/admin/feedback/boundaries").file(geoJsonFile("{}")).with(as(leader)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/admin").with(as(admin))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("href=\"/admin/feedback/categories\""),
						containsString("href=\"/admin/feedback/boundaries\""), containsString("href=\"/admin/feedback/api-keys\""))));
	}

	@Test
	void aCategoryCreatedAndEditedOnThePagesIsWhatTheApiReturns() throws Exception {
		String code = "PA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		mvc.perform(post("/admin/feedback/categories").param("code", code.toLowerCase()).param("nameVi", "Đèn tín hiệu hỏng")
				.param("nameEn", "Broken traffic light").param("group", "Giao thông").param("keywords", "đèn,giao lộ")
				.param("description", "Đèn giao thông không hoạt động").param("responsibleKind", "AGENCY")
				.param("defaultAgencyCode", department).with(as(admin)))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/feedback/categories"))
				.andExpect(flash().attribute("notice", "feedback.category.created"));
		mvc.perform(get("/api/v1/feedback/categories/" + code)).andExpect(status().isOk())
				.andExpect(jsonPath("$.nameVi").value("Đèn tín hiệu hỏng")).andExpect(jsonPath("$.nameEn").value("Broken traffic light"))
				.andExpect(jsonPath("$.responsibleKind").value("AGENCY")).andExpect(jsonPath("$.defaultAgencyCode").value(department))
				.andExpect(jsonPath("$.active").value(true));
		mvc.perform(get("/admin/feedback/categories").with(as(admin))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"category-" + code + "\""),
						containsString("Đèn tín hiệu hỏng"), containsString("<caption class=\"caption-top\">"))));
		mvc.perform(get("/admin/feedback/categories/" + code).with(as(admin))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"category-code\""),
						containsString("value=\"" + department + "\" selected"), containsString("Đèn giao thông không hoạt động"))));

		// Edited: now routed to the commune of the place, with no default agency.
		mvc.perform(post("/admin/feedback/categories/" + code).param("nameVi", "Đèn tín hiệu giao thông hỏng")
				.param("nameEn", "Broken traffic signal").param("group", "Giao thông").param("responsibleKind", "COMMUNE")
				.param("defaultAgencyCode", "").with(as(admin)))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "feedback.category.updated"));
		mvc.perform(get("/api/v1/feedback/categories/" + code)).andExpect(status().isOk())
				.andExpect(jsonPath("$.nameVi").value("Đèn tín hiệu giao thông hỏng"))
				.andExpect(jsonPath("$.responsibleKind").value("COMMUNE")).andExpect(jsonPath("$.defaultAgencyCode").isEmpty())
				.andExpect(jsonPath("$.keywords").value(""));

		mvc.perform(post("/admin/feedback/categories/" + code + "/deactivate").with(as(admin)))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "feedback.category.deactivated"));
		mvc.perform(get("/api/v1/feedback/categories/" + code)).andExpect(jsonPath("$.active").value(false))
				.andExpect(jsonPath("$.nameVi").value("Đèn tín hiệu giao thông hỏng"));
		mvc.perform(get("/api/v1/feedback/categories")).andExpect(content().string(not(containsString(code))));
		mvc.perform(post("/admin/feedback/categories/" + code + "/activate").with(as(admin)))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/feedback/categories")).andExpect(content().string(containsString(code)));
		mvc.perform(post("/admin/feedback/categories/" + code + "/deactivate").with(as(operator)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/feedback/categories/" + code)).andExpect(jsonPath("$.active").value(true));
	}

	@Test
	void aBadCategoryFormChangesNothingAndShowsEachErrorByItsFieldInVietnamese() throws Exception {
		int before = count("select count(*) from feedback_category");
		mvc.perform(post("/admin/feedback/categories").param("code", "sai mã!").param("nameVi", " ")
				.param("nameEn", "Fallen tree").param("responsibleKind", "AGENCY").param("defaultAgencyCode", "")
				.with(as(admin)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"error-summary\""),
						containsString("id=\"code-error\""), containsString("Mã lĩnh vực gồm 2 đến 40 chữ in hoa"),
						containsString("id=\"nameVi-error\""), containsString("Trường này là bắt buộc."),
						containsString("id=\"defaultAgencyCode-error\""),
						containsString("Lĩnh vực giao cho một cơ quan cố định cần có mã cơ quan mặc định."),
						containsString("value=\"Fallen tree\""), containsString("aria-invalid=\"true\""))));
		assertThat(count("select count(*) from feedback_category")).isEqualTo(before);

		// Error references only while there is an error; a wrong routing marks both radios.
		String empty = mvc.perform(get("/admin/feedback/categories/new").with(as(admin))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(empty).doesNotContain("description-error", "responsibleKind-error", "defaultAgencyCode-error");
		describedElementsExist(empty);
		String badKind = mvc.perform(post("/admin/feedback/categories").param("code", "PA-KIND").param("nameVi", "Cây đổ")
				.param("nameEn", "Fallen tree").param("responsibleKind", "NEITHER").with(as(admin)))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		describedElementsExist(badKind);
		for (String kind : new String[] { "COMMUNE", "AGENCY" }) {
			Matcher radio = Pattern.compile("<input[^>]*id=\"kind-" + kind + "\"[^>]*>").matcher(badKind);
			assertThat(radio.find()).isTrue();
			assertThat(radio.group()).contains("aria-invalid=\"true\"", "responsibleKind-error");
		}
		assertThat(count("select count(*) from feedback_category")).isEqualTo(before);

		String code = category();
		mvc.perform(post("/admin/feedback/categories").param("code", code).param("nameVi", "Trùng mã")
				.param("nameEn", "Same code").param("responsibleKind", "COMMUNE").with(as(admin)))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("Lĩnh vực có mã " + code + " đã tồn tại.")));
		mvc.perform(post("/admin/feedback/categories/" + code).param("nameVi", "").param("nameEn", "Pothole")
				.param("responsibleKind", "COMMUNE").param("defaultAgencyCode", "KHONG.CO.MA").with(as(admin)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"nameVi-error\""),
						containsString("Không có cơ quan đang hoạt động với mã KHONG.CO.MA."))));
		mvc.perform(get("/api/v1/feedback/categories/" + code)).andExpect(jsonPath("$.nameVi").value("Ổ gà " + code))
				.andExpect(jsonPath("$.nameEn").value("Pothole " + code));
		mvc.perform(get("/admin/feedback/categories/KHONG-CO").with(as(admin))).andExpect(status().isNotFound());
		mvc.perform(post("/admin/feedback/categories/KHONG-CO/deactivate").with(as(admin))).andExpect(status().isNotFound());
	}

	@Test
	void anUploadedFileReplacesTheBoundariesAndAWrongOneKeepsThem() throws Exception {
		String commune = fixtures.unitUnder(department);
		int n = SQUARES.getAndIncrement();
		double south = 30 + n * 0.1;
		double west = 120;
		// Two islands: the page counts two areas.
		String twoIslands = collection(feature(commune, "Phường Đảo Thử", multi(square(west, south), square(west + 0.03, south))));
		mvc.perform(multipart("/admin/feedback/boundaries").file(geoJsonFile(twoIslands)).with(as(admin)))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/feedback/boundaries"))
				.andExpect(flash().attribute("notice", "feedback.boundary.imported")).andExpect(flash().attribute("noticeArg", 1));
		mvc.perform(get("/admin/feedback/boundaries").with(as(admin))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(commune), containsString("Phường Đảo Thử"),
						containsString("<td class=\"text-end\">2</td>"), containsString("id=\"boundary-map\""),
						containsString("/js/feedback-boundaries.js"), containsString("<caption class=\"caption-top\">"))));
		locatedIn(south + 0.005, west + 0.035, commune);

		// Replaced by one square further north: the old place is no longer in it.
		String moved = collection(feature(commune, "Phường Đảo Thử", polygon(square(west, south + 0.05))));
		mvc.perform(multipart("/admin/feedback/boundaries").file(geoJsonFile(moved)).with(as(admin)))
				.andExpect(status().is3xxRedirection());
		locatedIn(south + 0.055, west + 0.005, commune);
		mvc.perform(get("/api/v1/feedback/locate").param("lat", String.valueOf(south + 0.005))
				.param("lon", String.valueOf(west + 0.035))).andExpect(status().isUnprocessableContent());
		String stored = geometry(commune);

		// Not JSON; JSON but no FeatureCollection; one good feature beside a bad one; no file: nothing changes.
		refused("{\"type\": \"FeatureCollection\", \"features\": [", "Tệp không phải GeoJSON FeatureCollection có ranh giới.");
		refused("{\"type\": \"Feature\"}", "Tệp không phải GeoJSON FeatureCollection có ranh giới.");
		refused(collection(feature(commune, "Phường Đảo Thử", polygon(square(west + 0.05, south))),
				feature("KHONG.CO.MA", "Không có", polygon(square(west + 0.07, south)))),
				"Không có cơ quan với mã &quot;KHONG.CO.MA&quot;.");
		refused(collection(feature(commune, "Phường Đảo Thử", "{\"type\": \"Polygon\", \"coordinates\": [[[1, 2]]]}")),
				"Hình của " + commune + " không hợp lệ");
		refused(collection(feature(department, "Một sở", polygon(square(west + 0.05, south)))), department
				+ " không phải xã hoặc phường.");
		mvc.perform(multipart("/admin/feedback/boundaries").file(new MockMultipartFile("file", "trong.geojson",
				"application/geo+json", new byte[0])).with(as(admin)))
				.andExpect(status().isBadRequest()).andExpect(content().string(containsString("Hãy chọn tệp GeoJSON để nạp.")));
		assertThat(geometry(commune)).isEqualTo(stored);
		locatedIn(south + 0.055, west + 0.005, commune);
	}

	@Test
	void aKeyIsShownOnceWorksForOpen311AndStopsWorkingWhenRevoked() throws Exception {
		String commune = fixtures.unitUnder(department);
		int n = SQUARES.getAndIncrement();
		double south = 30 + n * 0.1;
		mvc.perform(multipart("/admin/feedback/boundaries").file(geoJsonFile(collection(feature(commune, "Xã Khóa Thử",
				polygon(square(120, south)))))).with(as(admin))).andExpect(status().is3xxRedirection());
		String category = category();
		String name = "Cổng thông tin thử nghiệm " + n;

		int keys = count("select count(*) from feedback_api_key");
		mvc.perform(post("/admin/feedback/api-keys").param("name", "  ").with(as(admin)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"name-error\""), containsString("Trường này là bắt buộc."))));
		mvc.perform(post("/admin/feedback/api-keys").param("name", "x".repeat(201)).with(as(admin)))
				.andExpect(status().isBadRequest()).andExpect(content().string(containsString("Tối đa 200 ký tự.")));
		assertThat(count("select count(*) from feedback_api_key")).isEqualTo(keys);

		// Post, redirect, get: the key is shown on the page the form leads to, once.
		MvcResult issued = mvc.perform(post("/admin/feedback/api-keys").param("name", name).with(as(admin)))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/feedback/api-keys/issued"))
				.andReturn();
		// The key waits in the session (its cookie, as a browser sends it back) for the one page that shows it.
		jakarta.servlet.http.Cookie[] session = issued.getResponse().getCookies();
		assertThat(session).isNotEmpty();
		String page = mvc.perform(get("/admin/feedback/api-keys/issued").cookie(session).with(as(admin)))
				.andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
				.andExpect(content().string(allOf(containsString(name), containsString("chỉ hiển thị một lần"))))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(count("select count(*) from feedback_api_key")).isEqualTo(keys + 1);
		// Refreshing it shows no key and issues none.
		mvc.perform(get("/admin/feedback/api-keys/issued").cookie(session).with(as(admin))).andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/feedback/api-keys"));
		assertThat(count("select count(*) from feedback_api_key")).isEqualTo(keys + 1);
		Matcher m = ISSUED_KEY.matcher(page);
		assertThat(m.find()).as("the key is on the page").isTrue();
		String key = m.group(1);
		long id = jdbc.sql("select id from feedback_api_key where name = ?").param(name).query(Long.class).single();
		// Listed afterwards, but never the key again.
		mvc.perform(get("/admin/feedback/api-keys").with(as(admin))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(name), containsString("id=\"revoke-" + id + "\""),
						not(containsString(key)))));

		open311(key, category, south).andExpect(status().isCreated()).andExpect(jsonPath("$[0].service_request_id").isNotEmpty());

		mvc.perform(get("/admin/feedback/api-keys/" + id + "/revoke").with(as(admin))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"revoke-question\""), containsString(name),
						containsString("id=\"confirm-revoke\""))));
		open311(key, category, south).andExpect(status().isCreated());
		mvc.perform(post("/admin/feedback/api-keys/" + id + "/revoke").with(as(operator))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/feedback/api-keys/" + id + "/revoke").with(as(admin)))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/feedback/api-keys"))
				.andExpect(flash().attribute("notice", "feedback.api-key.revoked"));
		open311(key, category, south).andExpect(status().isForbidden()).andExpect(jsonPath("$[0].code").value(403));
		assertThat(count("select count(*) from feedback_report where category_code = ?", category)).isEqualTo(2);
		mvc.perform(get("/admin/feedback/api-keys/" + id + "/revoke").with(as(admin))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"already-revoked\""), not(containsString("confirm-revoke")))));
		mvc.perform(get("/admin/feedback/api-keys/999999999/revoke").with(as(admin))).andExpect(status().isNotFound());
	}

	private ResultActions open311(String key, String category, double south) throws Exception {
		return mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("api_key", key).param("service_code", category).param("lat", String.valueOf(south + 0.005))
				.param("long", "120.005").param("description", "Cột điện nghiêng sắp đổ ra đường"));
	}

	private void refused(String content, String message) throws Exception {
		mvc.perform(multipart("/admin/feedback/boundaries").file(geoJsonFile(content)).with(as(admin)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("id=\"error-summary\""), containsString(message),
						containsString("id=\"boundary-table\""))));
	}

	private void locatedIn(double lat, double lon, String commune) throws Exception {
		mvc.perform(get("/api/v1/feedback/locate").param("lat", String.valueOf(lat)).param("lon", String.valueOf(lon)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.agencyCode").value(commune));
	}

	private String geometry(String commune) {
		return jdbc.sql("select geometry from feedback_boundary where agency_code = ?").param(commune).query(String.class)
				.single();
	}

	private static MockMultipartFile geoJsonFile(String content) {
		return new MockMultipartFile("file", "ranh-gioi.geojson", "application/geo+json", content.getBytes(StandardCharsets.UTF_8));
	}

	private static String collection(String... features) {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
	}

	private static String feature(String code, String name, String geometry) {
		return "{\"type\": \"Feature\", \"properties\": {\"agency_code\": \"%s\", \"name\": \"%s\"}, \"geometry\": %s}"
				.formatted(code, name, geometry);
	}

	private static String polygon(String ring) {
		return "{\"type\": \"Polygon\", \"coordinates\": [" + ring + "]}";
	}

	private static String multi(String... rings) {
		return "{\"type\": \"MultiPolygon\", \"coordinates\": [" + String.join(",", List.of(rings).stream()
				.map(r -> "[" + r + "]").toList()) + "]}";
	}

	/** A closed ring 0.01° a side from its south-west corner, as GeoJSON [lon, lat] positions. */
	private static String square(double west, double south) {
		return "[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]".formatted(west, south, west + 0.01, south, west + 0.01,
				south + 0.01, west, south + 0.01, west, south);
	}

	/** Every id an aria-describedby of the category form names is on the page, the shared field fragment's too. */
	private static void describedElementsExist(String page) {
		Matcher refs = Pattern.compile("aria-describedby=\"([^\"]*)\"").matcher(page);
		while (refs.find()) {
			for (String id : refs.group(1).trim().split("\\s+")) {
				assertThat(page).as("element described by " + id).contains("id=\"" + id + "\"");
			}
		}
	}
}

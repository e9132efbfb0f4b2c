package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.tinhso.directory.Role;

/** Bad reports, categories and boundaries get clear codes and leave nothing behind. */
class FeedbackBadInputTest extends FeedbackTestSupport {

	private static final String TEXT = "Cống thoát nước bị vỡ nắp, rất nguy hiểm";

	private Commune commune;
	private String category;
	private String citizen;

	@BeforeEach
	void province() throws Exception {
		staff();
		commune = commune();
		category = category();
		citizen = fixtures.citizen();
	}

	@Test
	void badReportsAreRefusedWithTheirReasonAndNothingIsStored() throws Exception {
		mvc.perform(report(category, TEXT, commune.lat(), commune.lon())
				.file(photo("anh.jpg", "đây không phải là ảnh".getBytes())).with(as(citizen)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("photos"))
				.andExpect(jsonPath("$.errors[0].code").value("file.type-not-allowed"));
		byte[] tooBig = Arrays.copyOf(TestImages.jpegWithExif(64, 64, 1), 8 * 1024 * 1024 + 1);
		mvc.perform(report(category, TEXT, commune.lat(), commune.lon()).file(photo("lon.jpg", tooBig)).with(as(citizen)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("file.too-large"));
		byte[] broken = Arrays.copyOf(TestImages.jpegWithExif(64, 64, 1), 300);
		mvc.perform(report(category, TEXT, commune.lat(), commune.lon()).file(photo("hong.jpg", broken)).with(as(citizen)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("feedback.photo.unreadable"));
		var six = report(category, TEXT, commune.lat(), commune.lon()).with(as(citizen));
		for (int i = 0; i < 6; i++) {
			six.file(photo("a" + i + ".png", TestImages.png(20, 20)));
		}
		mvc.perform(six).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("feedback.photo.too-many"));
		mvc.perform(report(category, TEXT, OUTSIDE_LAT, OUTSIDE_LON).file(photo("a.png", TestImages.png(20, 20)))
				.with(as(citizen)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.code").value("feedback.location.outside-province"));
		mvc.perform(report("KHONG-CO-LINH-VUC", TEXT, commune.lat(), commune.lon()).with(as(citizen)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("category"))
				.andExpect(jsonPath("$.errors[0].code").value("feedback.category.unknown"));
		mvc.perform(report(category, "ngắn", commune.lat(), commune.lon()).with(as(citizen)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("value.length"));
		mvc.perform(multipart("/api/v1/feedback/reports").param("category", category).param("description", TEXT)
				.with(as(citizen))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.location.required"));
		mvc.perform(multipart("/api/v1/feedback/reports").param("category", category).param("description", TEXT)
				.param("lat", "10.5").with(as(citizen))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.location.incomplete"));
		mvc.perform(report(category, TEXT, commune.lat(), commune.lon()).header("Idempotency-Key", "lan-1").with(as(citizen)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("feedback.idempotency-key.format"));
		// Only citizens and IOC operators report; other officials do not.
		String clerk = fixtures.official(commune.code(), Role.CLERK);
		mvc.perform(report(category, TEXT, commune.lat(), commune.lon()).with(as(clerk))).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("feedback.report.create-forbidden"));
		mvc.perform(report(category, TEXT, commune.lat(), commune.lon())).andExpect(status().is4xxClientError());
		mvc.perform(get("/api/v1/feedback/reports/mine")).andExpect(status().isUnauthorized());

		assertThat(count("select count(*) from feedback_report where category_code = ?", category)).isZero();
		assertThat(count("select count(*) from feedback_report where category_code = ? or reporter_account_id = "
				+ "(select id from account where username = ?)", category, citizen)).isZero();
	}

	@Test
	void anOperatorTypesAHotlineCallWithTheCallersDetails() throws Exception {
		mvc.perform(multipart("/api/v1/feedback/reports").param("category", category).param("description", TEXT)
				.param("address", "Ngã ba chợ, thôn Đông").param("reporterName", "Người gọi đường dây nóng")
				.param("reporterPhone", "0912 345 678").param("reporterEmail", "sai-dia-chi").with(as(operator)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reporterEmail"));
		mvc.perform(multipart("/api/v1/feedback/reports").param("category", category).param("description", TEXT)
				.param("address", "Ngã ba chợ, thôn Đông").param("reporterName", "Người gọi đường dây nóng")
				.param("reporterPhone", "0912 345 678").with(as(operator)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.channel").value("HOTLINE"))
				.andExpect(jsonPath("$.commune").doesNotExist())
				.andExpect(jsonPath("$.reporter.phone").value("0912345678"));
		String code = jdbc.sql("select code from feedback_report where category_code = ?").param(category)
				.query(String.class).single();
		// Without a pin there is no commune to derive the agency from: the operator must choose.
		act(operator, code, "ASSIGN").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.agency.required"));
		act(operator, code, "ASSIGN", "agencyCode", commune.code()).andExpect(status().isOk())
				.andExpect(jsonPath("$.agency.code").value(commune.code()));
	}

	@Test
	void categoriesAreManagedBySystemAdministratorsOnly() throws Exception {
		String body = """
				{"code": "%s", "nameVi": "Cây xanh", "nameEn": "Trees", "responsibleKind": "AGENCY"}""";
		mvc.perform(post("/api/v1/feedback/categories").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("CAY-XANH-1")).with(as(operator))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/feedback/categories").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("CAY-XANH-1")).with(as(admin))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.category.agency-required"));
		mvc.perform(post("/api/v1/feedback/categories").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("cây xanh")).with(as(admin))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.category.code-format"));
		mvc.perform(post("/api/v1/feedback/categories").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(category)).with(as(admin))).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/feedback/categories").contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "nameVi": "Trùng", "nameEn": "Same"}""".formatted(category)).with(as(admin)))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("feedback.category.exists"));
		// Switched off, it takes no more reports and leaves the public list.
		mvc.perform(put("/api/v1/feedback/categories/" + category).contentType(MediaType.APPLICATION_JSON).content("""
				{"nameVi": "Ổ gà", "nameEn": "Pothole", "responsibleKind": "COMMUNE", "active": false}""").with(as(admin)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
		mvc.perform(get("/api/v1/feedback/categories")).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.code == '" + category + "')]").isEmpty());
		mvc.perform(report(category, TEXT, commune.lat(), commune.lon()).with(as(citizen))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.category.unknown"));
		assertThat(count("select count(*) from audit_event where action like 'feedback.category.%' and target_id = ?",
				category)).isEqualTo(2);
	}

	@Test
	void boundariesThatDoNotFitAreRefusedWhole() throws Exception {
		String department = fixtures.department();
		String json = """
				{"type": "FeatureCollection", "features": [
				  {"type": "Feature", "properties": {"agency_code": "%s"},
				   "geometry": {"type": "Polygon", "coordinates": [[[1, 1], [1.01, 1], [1.01, 1.01], [1, 1]]]}},
				  {"type": "Feature", "properties": {"agency_code": "%s"},
				   "geometry": {"type": "Polygon", "coordinates": [[[2, 2], [2.01, 2], [2.01, 2.01], [2, 2]]]}},
				  {"type": "Feature", "properties": {"agency_code": "000.99.99.X99"},
				   "geometry": {"type": "Polygon", "coordinates": [[[3, 3], [3.01, 3], [3.01, 3.01], [3, 3]]]}},
				  {"type": "Feature", "properties": {"agency_code": "%s"}, "geometry": {"type": "Point", "coordinates": [4, 4]}}]}"""
				.formatted(commune.code(), department, commune.code());
		mvc.perform(put("/api/v1/feedback/boundaries").contentType(MediaType.APPLICATION_JSON).content(json).with(as(admin)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("features[1]"))
				.andExpect(jsonPath("$.errors[0].code").value("feedback.boundary.not-a-commune"))
				.andExpect(jsonPath("$.errors[1].code").value("feedback.boundary.agency-unknown"))
				.andExpect(jsonPath("$.errors[2].code").value("feedback.boundary.geometry"));
		mvc.perform(put("/api/v1/feedback/boundaries").contentType(MediaType.APPLICATION_JSON).content("{\"type\": 1")
				.with(as(admin))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("feedback.boundary.not-geojson"));
		mvc.perform(put("/api/v1/feedback/boundaries").contentType(MediaType.APPLICATION_JSON).content(json).with(as(operator)))
				.andExpect(status().isForbidden());
		// The commune's square is unchanged.
		mvc.perform(get("/api/v1/feedback/locate").param("lat", String.valueOf(commune.lat()))
				.param("lon", String.valueOf(commune.lon()))).andExpect(status().isOk())
				.andExpect(jsonPath("$.agencyCode").value(commune.code()));
		mvc.perform(get("/api/v1/feedback/locate").param("lat", "1.005").param("lon", "1.002"))
				.andExpect(status().isUnprocessableContent());
	}
}

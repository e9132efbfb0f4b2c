package vn.tinhso.feedback;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Categories are read from a copy held in memory: an administrator's change counts from the next request
 * (new reports, names on the public pages and map), and a refused change leaves the copy as it was.
 */
class FeedbackCategoryChangesTest extends FeedbackTestSupport {

	private static final String TEXT = "Đèn tín hiệu ở ngã tư tắt từ sáng, xe cộ đi lộn xộn";

	@Test
	void anAdministratorsChangeCountsAtOnceAndARefusedOneChangesNothing() throws Exception {
		staff();
		Commune commune = commune();
		String category = category();
		String citizen = fixtures.citizen();
		String code = reported(citizen, category, commune);

		mvc.perform(put("/api/v1/feedback/categories/" + category).contentType(MediaType.APPLICATION_JSON)
				.content(draft("Đèn tín hiệu hỏng", false)).with(as(admin))).andExpect(status().isOk());
		mvc.perform(report(category, TEXT, commune.lat(), commune.lon()).with(as(citizen)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("feedback.category.unknown"));
		mvc.perform(get("/api/v1/feedback/public/reports/" + code)).andExpect(status().isOk())
				.andExpect(jsonPath("$.category.name").value("Đèn tín hiệu hỏng"));
		mvc.perform(get("/feedback/map.json").param("category", category).param("zoom", "16").param("bbox",
				(commune.lon() - 0.005) + "," + (commune.lat() - 0.005) + "," + (commune.lon() + 0.005) + "," + (commune.lat() + 0.005)))
				.andExpect(jsonPath("$.features[0].properties.category").value(category))
				.andExpect(jsonPath("$.categories['" + category + "']").value("Đèn tín hiệu hỏng"));

		// Refused: a blank name (400), and a change by someone who is not an administrator (403).
		mvc.perform(put("/api/v1/feedback/categories/" + category).contentType(MediaType.APPLICATION_JSON)
				.content(draft(" ", true)).with(as(admin))).andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/feedback/categories/" + category).contentType(MediaType.APPLICATION_JSON)
				.content(draft("Đổi tên trái phép", true)).with(as(operator))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/feedback/categories/" + category)).andExpect(jsonPath("$.nameVi").value("Đèn tín hiệu hỏng"))
				.andExpect(jsonPath("$.active").value(false));
		mvc.perform(report(category, TEXT, commune.lat(), commune.lon()).with(as(citizen))).andExpect(status().isBadRequest());

		mvc.perform(put("/api/v1/feedback/categories/" + category).contentType(MediaType.APPLICATION_JSON)
				.content(draft("Đèn tín hiệu hỏng", true)).with(as(admin))).andExpect(status().isOk());
		mvc.perform(report(category, TEXT, commune.lat(), commune.lon()).with(as(citizen))).andExpect(status().isCreated());
	}

	private static String draft(String nameVi, boolean active) {
		return """
				{"nameVi": "%s", "nameEn": "Broken traffic light", "description": "Đèn tín hiệu giao thông",
				 "group": "Giao thông", "responsibleKind": "COMMUNE", "active": %s}""".formatted(nameVi, active);
	}
}

package vn.tinhso.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

class WebPagesTest extends IntegrationTest {

	@Test
	void homePageIsVietnameseByDefaultWithAccessibleLandmarks() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"vi\">")))
				.andExpect(content().string(containsString("Bỏ qua điều hướng")))
				.andExpect(content().string(containsString("<main id=\"main\"")))
				.andExpect(content().string(containsString("name=\"viewport\"")))
				.andExpect(content().string(not(containsString("style=\""))));
	}

	@Test
	void languageSwitchesToEnglishAndIsRemembered() throws Exception {
		mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"en\">")))
				.andExpect(content().string(containsString("Sign in")))
				.andExpect(cookie().value("TINHSO_LANG", "en"));
		mvc.perform(get("/login").cookie(new Cookie("TINHSO_LANG", "en")))
				.andExpect(content().string(containsString("Password")));
		mvc.perform(get("/").param("lang", "fr")).andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"vi\">")));
	}

	@Test
	void publicDirectoryFindsAgenciesWithoutDiacritics() throws Exception {
		String dept = fixtures.department();
		jdbc.sql("update agency set name = 'Sở Văn hóa Thử Nghiệm Riêng', phone = '0222 3999 999' where code = ?")
				.param(dept).update();
		mvc.perform(get("/directory").param("q", "van hoa thu nghiem rieng")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Sở Văn hóa Thử Nghiệm Riêng")))
				.andExpect(content().string(containsString("tel:02223999999")));
	}

	@Test
	void staffWorkspaceShowsNavigationByRole() throws Exception {
		String dept = fixtures.department();
		String admin = fixtures.official(dept, Role.AGENCY_ADMIN);
		String clerk = fixtures.official(dept, Role.CLERK);
		mvc.perform(get("/staff").with(as(admin))).andExpect(status().isOk())
				.andExpect(content().string(containsString("/admin/officials")))
				.andExpect(content().string(not(containsString("/admin/audit"))));
		mvc.perform(get("/staff").with(as(clerk))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Văn thư")))
				.andExpect(content().string(not(containsString("/admin/officials"))));
		mvc.perform(get("/admin/agencies").with(as(clerk))).andExpect(status().isForbidden());
	}

	@Test
	void browsersGetAFriendlyPageAndApiClientsProblemDetails() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		mvc.perform(get("/admin/agencies/000.00.00.X00").with(as(admin)).accept(MediaType.TEXT_HTML))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Không tìm thấy cơ quan 000.00.00.X00.")))
				.andExpect(content().string(containsString("Về trang chủ")));
		mvc.perform(get("/api/v1/agencies/000.00.00.X00").with(as(admin)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("agency.not-found"))
				.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/agencies").param("page", "abc").with(as(admin)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void healthIsPublicAndMetricsAreForTheLocalScraper() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
				.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/prometheus").with(r -> { r.setRemoteAddr("198.51.100.4"); return r; }))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/v1/agencies']").exists());
	}
}

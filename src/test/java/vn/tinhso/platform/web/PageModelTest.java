package vn.tinhso.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

/** The values of the page layout reach every rendered page, and nothing else. */
class PageModelTest extends IntegrationTest {

	@Test
	void aPageGetsTheSignedInUserTheirRolesThePathAndTheLanguage() throws Exception {
		String dept = fixtures.department();
		String clerk = fixtures.official(dept, Role.CLERK);
		mvc.perform(get("/staff/dossiers").with(as(clerk))).andExpect(status().isOk())
				.andExpect(model().attribute("currentPath", "/staff/dossiers"))
				.andExpect(model().attribute("lang", "vi"))
				.andExpect(model().attribute("roles", org.hamcrest.Matchers.hasItem("ROLE_OFFICIAL")))
				.andExpect(model().attributeExists("currentActor"))
				.andExpect(content().string(containsString("href=\"/staff/dossiers?lang=en\"")))
				.andExpect(content().string(containsString("href=\"/account\"")));
		mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
				.andExpect(model().attribute("lang", "en"))
				.andExpect(model().attribute("roles", java.util.Set.of()))
				.andExpect(content().string(containsString("href=\"/login\"")));
	}

	@Test
	void theErrorPageHasTheLayoutToo() throws Exception {
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound())
				.andExpect(model().attribute("currentPath", "/error"))
				.andExpect(content().string(containsString("href=\"/login\"")));
	}

	@Test
	void aRedirectCarriesNoneOfThemAndAnApiAnswerIsUntouched() throws Exception {
		String dept = fixtures.department();
		String oneStop = fixtures.official(dept, Role.ONE_STOP_OFFICER);
		mvc.perform(post("/staff/dossiers/hand-over").with(as(oneStop)).with(csrf()))
				.andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/staff/dossiers"));
		mvc.perform(get("/api/v1/dossiers/inbox").with(as(oneStop))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("currentPath"))));
	}
}

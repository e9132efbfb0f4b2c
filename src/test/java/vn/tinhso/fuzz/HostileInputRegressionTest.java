package vn.tinhso.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

/** The server errors and the change behind a refusal that the hostile-input fuzz found, each pinned down. */
class HostileInputRegressionTest extends IntegrationTest {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

	@Test
	void aPathValueShapedLikeATemplateIsRedirectedToEncodedNotExpanded() throws Exception {
		String admin = fixtures.official(fixtures.department(), Role.AGENCY_ADMIN);
		String location = mvc.perform(post("/admin/agencies/{code}/deactivate", "${7*7}").with(as(admin)))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeader("Location");
		assertThat(location).isEqualTo("/admin/agencies?q=$%7B7*7%7D");
	}

	@Test
	void theErrorPageVisitedDirectlyIsNotFound() throws Exception {
		mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("resource.not-found"));
	}

	@Test
	void aFormThatNeedsAFileButCameWithoutOneIsABadRequest() throws Exception {
		String admin = fixtures.official(fixtures.department(), Role.AGENCY_ADMIN);
		mvc.perform(post("/admin/imports/agencies").param("file", "not a file").with(as(admin)).accept(MediaType.TEXT_HTML))
				.andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString("400")));
	}

	@Test
	void aControlCharacterInAHeaderAHandlerReadsIsABadRequestProblem() throws Exception {
		String department = fixtures.department();
		String citizen = fixtures.citizen();
		String procedure = fixtures.procedure(department);
		mvc.perform(multipart("/api/v1/dossiers").file(new MockMultipartFile("component-TP1", "a.pdf", "application/pdf", PDF))
				.param("procedureCode", procedure).param("agencyCode", department).param("declared", "true")
				.header("Idempotency-Key", "a\u0007b").with(as(citizen)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.malformed"));
		assertThat(dossiers(procedure)).isZero();
	}

	@Test
	void aNulCharacterInAParameterIsABadRequestProblemNotADatabaseError() throws Exception {
		mvc.perform(get("/procedures").param("q", "a\u0000b").accept(MediaType.TEXT_HTML))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.malformed"));
		mvc.perform(get("/api/v1/procedures").param("q", "a\u0000b"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.malformed"));
	}

	@Test
	void aMalformedFormBodyOnPutIsAClientError() throws Exception {
		String admin = fixtures.official(fixtures.department(), Role.AGENCY_ADMIN);
		mvc.perform(put("/api/v1/agencies/{code}", "x").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("s%")
				.with(as(admin))).andExpect(status().is4xxClientError())
				.andExpect(header().string("Content-Type", "application/problem+json"));
	}

	@Test
	void anActionWhoseAnswerNobodyAcceptsIsRefusedBeforeItIsTaken() throws Exception {
		String department = fixtures.department();
		String officer = fixtures.official(department, Role.ONE_STOP_OFFICER);
		String citizen = fixtures.citizen();
		String procedure = fixtures.procedure(department);
		String code = JsonPath.read(mvc.perform(multipart("/api/v1/dossiers")
				.file(new MockMultipartFile("component-TP1", "a.pdf", "application/pdf", PDF)).param("procedureCode", procedure)
				.param("agencyCode", department).param("declared", "true").header("Idempotency-Key", UUID.randomUUID().toString())
				.with(as(citizen))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.code");
		String before = state(code);
		for (String accept : new String[] { "<%= 7*7 %>", "application/xml", "image/png", "application/json;q=0",
				"application/json;q=0, text/html" }) {
			mvc.perform(post("/api/v1/dossiers/{code}/actions/RECEIVE", code).header("Accept", accept).with(as(officer)))
					.andExpect(status().isNotAcceptable()).andExpect(jsonPath("$.code").value("request.not-acceptable"));
			assertThat(state(code)).as("after Accept: %s", accept).isEqualTo(before);
		}
		mvc.perform(post("/api/v1/dossiers/{code}/actions/RECEIVE", code).accept(MediaType.APPLICATION_JSON).with(as(officer)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value(2));
	}

	@Test
	void anAuditedReadWhoseAnswerNobodyAcceptsIsRefusedBeforeItIsRecorded() throws Exception {
		String department = fixtures.department();
		String clerk = fixtures.official(department, Role.CLERK);
		long id = ((Number) JsonPath.read(mvc.perform(multipart("/api/v1/documents/incoming")
				.file(new MockMultipartFile("file", "cong-van.pdf", "application/pdf", PDF)).param("agencyCode", department)
				.param("typeCode", "CV").param("notation", "12/UBND-VP").param("subject", "Về việc thử")
				.param("issuerName", "UBND tỉnh").param("issuedOn", java.time.LocalDate.now().toString()).with(as(clerk)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.document.id")).longValue();
		long views = views(id);
		for (String path : new String[] { "/api/v1/documents/{id}", "/api/v1/documents/{id}/signatures" }) {
			mvc.perform(get(path, id).header("Accept", "application/xml").with(as(clerk)))
					.andExpect(status().isNotAcceptable()).andExpect(jsonPath("$.code").value("request.not-acceptable"));
			assertThat(views(id)).as("no view recorded by %s", path).isEqualTo(views);
		}
		mvc.perform(get("/api/v1/documents/{id}", id).accept(MediaType.APPLICATION_JSON).with(as(clerk))).andExpect(status().isOk());
		assertThat(views(id)).isEqualTo(views + 1);
	}

	private long views(long documentId) {
		return jdbc.sql("select count(*) from audit_event where action = 'document.view' and target_id = ?")
				.param(Long.toString(documentId)).query(Long.class).single();
	}

	@Test
	void anActionThatAnswersWithoutABodySuitsAnyAccept() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		mvc.perform(put("/api/v1/calendar/days/2034-04-04").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"DAY_OFF\",\"name\":\"Thử\"}")).andExpect(status().isOk());
		mvc.perform(delete("/api/v1/calendar/days/2034-04-04").header("Accept", "image/png").with(as(admin)))
				.andExpect(status().isNoContent());
	}

	@Test
	void bytesThatAreNotUtf8InTheQueryAreRefusedInTheApisOwnFormat() throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/procedures?q=%FF%FE"))
				.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).contains("\"code\":\"request.malformed\"");
		HttpResponse<String> open311 = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
				+ "/open311/v2/requests.json?status=%C3%28")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(open311.statusCode()).isEqualTo(400);
		assertThat(open311.body()).startsWith("[{\"code\":400,\"description\":");
		// Refused while choosing the handler (406), then read on the error page: still a problem, not Tomcat's page.
		HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
				+ "/api/v1/feedback/boundaries?x=%C3%28")).header("Accept", "image/png").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(406);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	private String state(String code) {
		return jdbc.sql("""
				select d.status || '/' || d.version || '/' || (select count(*) from dossier_event e where e.dossier_id = d.id)
				from dossier d where d.code = ?""").param(code).query(String.class).single();
	}

	private int dossiers(String procedure) {
		return jdbc.sql("select count(*) from dossier where procedure_code = ?").param(procedure).query(Integer.class).single();
	}
}

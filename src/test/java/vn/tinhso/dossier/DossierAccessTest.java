package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.dossier.DossierLifecycleTest.PDF;
import static vn.tinhso.dossier.DossierLifecycleTest.paper;
import static vn.tinhso.support.Fixtures.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.jayway.jsonpath.JsonPath;

import vn.tinhso.directory.Role;
import vn.tinhso.dossier.core.Applicant;
import vn.tinhso.dossier.core.DossierService;
import vn.tinhso.dossier.core.Submission;
import vn.tinhso.dossier.core.Upload;
import vn.tinhso.platform.AccountKind;
import vn.tinhso.platform.Actor;
import vn.tinhso.support.IntegrationTest;

/** Who sees which dossier, desk reception on behalf of a citizen, and codes under concurrency. */
class DossierAccessTest extends IntegrationTest {

	@Autowired
	DossierService service;

	private String department;
	private String procedure;
	private String oneStop;

	@BeforeEach
	void setUp() {
		department = fixtures.department();
		procedure = fixtures.procedure(department);
		oneStop = fixtures.official(department, Role.ONE_STOP_OFFICER);
	}

	private Actor actor(String username) {
		return jdbc.sql("select id, display_name from account where username = ?").param(username)
				.query((rs, i) -> new Actor(rs.getLong(1), username, rs.getString(2), AccountKind.OFFICIAL)).single();
	}

	private String atTheDesk(String personalId) throws Exception {
		String body = mvc.perform(multipart("/api/v1/dossiers").param("procedureCode", procedure).param("agencyCode", department)
				.param("channel", "IN_PERSON").param("applicantName", "Nguyễn Thị Hoa").param("applicantIdNumber", personalId)
				.param("applicantPhone", "0912 345 678").file(paper("component-TP1", "scan.pdf", PDF)).with(as(oneStop)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value(2)).andExpect(jsonPath("$.channel").value(1))
				.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	@Test
	void aDossierIsSeenOnlyByItsApplicantAndTheOfficialsOfItsAgency() throws Exception {
		String citizen = fixtures.citizen();
		String code = atTheDesk(citizen);
		// Received at the desk, it shows in the registered citizen's own space too.
		mvc.perform(get("/api/v1/dossiers/mine").with(as(citizen)))
				.andExpect(jsonPath("$.items[*].code", Matchers.hasItem(code)));
		mvc.perform(get("/api/v1/dossiers/" + code).with(as(citizen))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/dossiers/" + code).with(as(fixtures.official(department, Role.SPECIALIST))))
				.andExpect(status().isOk());
		// A unit above the agency oversees it; a leader of the province root too.
		mvc.perform(get("/api/v1/dossiers/" + code).with(as(fixtures.official(fixtures.root(), Role.LEADER))))
				.andExpect(status().isOk());

		String stranger = fixtures.citizen();
		String otherOfficial = fixtures.official(fixtures.department(), Role.ONE_STOP_OFFICER, Role.SPECIALIST, Role.LEADER);
		String administrator = fixtures.official(department, Role.AGENCY_ADMIN);
		for (String outsider : List.of(stranger, otherOfficial, administrator)) {
			mvc.perform(get("/api/v1/dossiers/" + code).with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/dossiers/" + code + "/receipt.pdf").with(as(outsider))).andExpect(status().isNotFound());
			mvc.perform(multipart("/api/v1/dossiers/" + code + "/actions/HAND_OVER").with(as(outsider)))
					.andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/dossiers/mine").with(as(stranger)))
				.andExpect(jsonPath("$.items[?(@.code == '" + code + "')]").isEmpty());
		mvc.perform(get("/api/v1/dossiers/inbox").with(as(otherOfficial)))
				.andExpect(jsonPath("$.items[?(@.code == '" + code + "')]").isEmpty());
		mvc.perform(get("/api/v1/dossiers/inbox").param("mine", "true").with(as(oneStop)))
				.andExpect(jsonPath("$.items[*].code", Matchers.hasItem(code)));
		mvc.perform(get("/api/v1/dossiers/inbox").with(as(stranger))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/dossiers/" + code)).andExpect(status().isUnauthorized());
	}

	@Test
	void deskReceptionChecksTheApplicantAndTheOfficersRole() throws Exception {
		mvc.perform(multipart("/api/v1/dossiers").param("procedureCode", procedure).param("agencyCode", department)
				.param("channel", "IN_PERSON").param("applicantName", "A").param("applicantIdNumber", "123")
				.param("applicantEmail", "not-an-email").file(paper("component-TP1", "scan.pdf", PDF)).with(as(oneStop)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("applicantName", "applicantIdNumber", "applicantEmail")));
		String specialist = fixtures.official(department, Role.SPECIALIST);
		mvc.perform(multipart("/api/v1/dossiers").param("procedureCode", procedure).param("agencyCode", department)
				.param("channel", "IN_PERSON").param("applicantName", "Trần Văn Nam").param("applicantIdNumber", fixtures.citizen())
				.file(paper("component-TP1", "scan.pdf", PDF)).with(as(specialist)))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("dossier.reception.forbidden"));
		assertThat(jdbc.sql("select count(*) from dossier where procedure_code = ?").param(procedure)
				.query(Integer.class).single()).isZero();
	}

	@Test
	void concurrentReceptionsGetConsecutiveUniqueCodes() throws Exception {
		Actor officer = actor(oneStop);
		int n = 24;
		Set<String> codes = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				results.add(pool.submit(() -> service.submit(officer, new Submission(procedure, department,
						Channel.IN_PERSON, UUID.randomUUID(),
						new Applicant(null, "CITIZEN", "Người nộp song song", fixtures.citizen(), "", "", ""),
						List.of(new Upload("TP1", "scan.pdf", PDF)), false))));
			}
			for (Future<String> f : results) {
				codes.add(f.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(codes).hasSize(n);
		List<Integer> sequences = codes.stream().map(c -> Integer.parseInt(c.substring(c.length() - 4))).sorted().toList();
		assertThat(sequences).isEqualTo(IntStream.rangeClosed(1, n).boxed().toList());
	}
}

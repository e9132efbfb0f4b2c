package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.dossier.DossierLifecycleTest.PDF;
import static vn.tinhso.dossier.DossierLifecycleTest.paper;
import static vn.tinhso.support.Fixtures.as;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

/** The one-stop desk: pick the procedure, type the applicant, scan the papers, receive. */
class ReceptionPagesTest extends IntegrationTest {

	@Test
	void anOfficerReceivesAtTheDeskAndTheFormKeepsWhatWasTypedWhenSomethingIsWrong() throws Exception {
		String department = fixtures.department();
		String procedure = fixtures.procedure(department);
		String oneStop = fixtures.official(department, Role.ONE_STOP_OFFICER);
		String name = jdbc.sql("select name from procedure where code = ?").param(procedure).query(String.class).single();
		mvc.perform(get("/staff/dossiers/receive").with(as(oneStop)))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(name)));
		mvc.perform(get("/staff/dossiers/receive").param("procedure", procedure).with(as(oneStop)))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"receive-form\"")));

		String key = UUID.randomUUID().toString();
		mvc.perform(multipart("/staff/dossiers/receive").param("agency", department).param("procedure", procedure)
				.param("submissionKey", key).param("applicantKind", "CITIZEN").param("applicantName", "Lê Thị Quầy")
				.param("applicantIdNumber", "12345").param("channel", "IN_PERSON")
				.file(paper("component-TP1", "scan.pdf", PDF)).with(as(oneStop)).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.containsString("Lê Thị Quầy")))
				.andExpect(content().string(Matchers.containsString("id=\"error-summary\"")));
		assertThat(jdbc.sql("select count(*) from dossier where procedure_code = ?").param(procedure).query(Integer.class)
				.single()).isZero();

		mvc.perform(multipart("/staff/dossiers/receive").param("agency", department).param("procedure", procedure)
				.param("submissionKey", key).param("applicantKind", "CITIZEN").param("applicantName", "Lê Thị Quầy")
				.param("applicantIdNumber", fixtures.citizen()).param("channel", "POSTAL")
				.file(paper("component-TP1", "scan.pdf", PDF)).with(as(oneStop)).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/staff/dossiers/" + department + "-*"));
		assertThat(jdbc.sql("select channel * 10 + status from dossier where procedure_code = ?").param(procedure)
				.query(Integer.class).single()).isEqualTo(32);
		// A specialist has no desk to receive at.
		mvc.perform(get("/staff/dossiers/receive").with(as(fixtures.official(department, Role.SPECIALIST))))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("chưa được giao vai trò cán bộ một cửa")));
	}
}

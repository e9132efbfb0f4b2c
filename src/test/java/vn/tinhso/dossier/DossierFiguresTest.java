package vn.tinhso.dossier;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.dossier.DossierLifecycleTest.PDF;
import static vn.tinhso.dossier.DossierLifecycleTest.paper;
import static vn.tinhso.support.Fixtures.as;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import com.jayway.jsonpath.JsonPath;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

/** The month's figures count what happened to each dossier, by the rules of Decision 766. */
class DossierFiguresTest extends IntegrationTest {

	private String department;
	private String procedure;
	private String oneStop;
	private String specialist;
	private String leader;

	private String apply() throws Exception {
		String body = mvc.perform(multipart("/api/v1/dossiers").param("procedureCode", procedure).param("agencyCode", department)
				.param("declared", "true").header("Idempotency-Key", UUID.randomUUID().toString())
				.file(paper("component-TP1", "a.pdf", PDF)).with(as(fixtures.citizen())))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	private void act(String user, String code, String action, String note) throws Exception {
		var request = multipart("/api/v1/dossiers/" + code + "/actions/" + action).with(as(user));
		if (note != null) {
			request.param("note", note);
		}
		mvc.perform(request).andExpect(status().isOk());
	}

	private void process(String code, int supplements) throws Exception {
		act(oneStop, code, "RECEIVE", null);
		act(oneStop, code, "HAND_OVER", null);
		for (int i = 0; i < supplements; i++) {
			act(specialist, code, "REQUEST_SUPPLEMENT", "Thiếu giấy tờ");
			mvc.perform(multipart("/api/v1/dossiers/" + code + "/actions/SUPPLEMENT").file(paper("files", "bs.pdf", PDF))
					.param("note", "Nhận bổ sung tại quầy").with(as(oneStop))).andExpect(status().isOk());
		}
		act(specialist, code, "HAND_OVER", null);
	}

	@Test
	void receivedOnlineOnTimeRefusedAndElectronicResultsAreCounted() throws Exception {
		department = fixtures.department();
		procedure = fixtures.procedure(department);
		oneStop = fixtures.official(department, Role.ONE_STOP_OFFICER);
		specialist = fixtures.official(department, Role.SPECIALIST);
		leader = fixtures.official(department, Role.LEADER);

		String onTime = apply();
		process(onTime, 1);
		act(leader, onTime, "APPROVE", null);
		mvc.perform(multipart("/api/v1/dossiers/" + onTime + "/actions/RETURN_RESULT").file(paper("files", "kq.pdf", PDF))
				.with(as(oneStop))).andExpect(status().isOk());
		String late = apply();
		process(late, 2);
		act(leader, late, "APPROVE", null);
		String refused = apply();
		process(refused, 0);
		act(leader, refused, "REFUSE", "Không đủ điều kiện");
		String notReceived = apply();
		act(oneStop, notReceived, "REFUSE_RECEIPT", "Hồ sơ không thuộc thẩm quyền");
		String stillOpen = apply();
		act(oneStop, stillOpen, "RECEIVE", null);

		String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
		mvc.perform(get("/api/v1/dossier-figures").param("month", month).param("agency", department))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rows.length()").value(1))
				.andExpect(jsonPath("$.total.received").value(4))
				.andExpect(jsonPath("$.total.online").value(4))
				.andExpect(jsonPath("$.total.fullyOnline").value(4))
				.andExpect(jsonPath("$.total.processed").value(3))
				.andExpect(jsonPath("$.total.onTime").value(2))
				.andExpect(jsonPath("$.total.onTimeRate").value(0.667))
				.andExpect(jsonPath("$.total.refused").value(2))
				.andExpect(jsonPath("$.total.returnedElectronically").value(1))
				.andExpect(jsonPath("$.total.overdueNow").value(0));
		mvc.perform(get("/api/v1/dossier-figures").param("month", "2026-13"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("figures.month.format"));
		mvc.perform(get("/figures").param("month", month).param("agency", department))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("66,7")));
	}
}

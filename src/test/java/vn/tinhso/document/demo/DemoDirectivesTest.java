package vn.tinhso.document.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo province's directives, loaded with the demo documents (same context as {@link DemoDocumentsTest}):
 * every state is there, the overdue one is computed overdue, and the figures count them per lead unit.
 */
@SpringBootTest(properties = "tinhso.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DemoDirectivesTest {

	private static final String PASSWORD = "TinhSo@2026";
	private static final String PROVINCE = "000.00.00.H27";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoDirectives demo;

	private int count(String where, Object... params) {
		return jdbc.sql("select count(*) from directive d where " + where).params(params).query(Integer.class).single();
	}

	private long idWhere(String where) {
		return jdbc.sql("select id from directive d where " + where).query(Long.class).single();
	}

	@Test
	void theLeadersDirectivesAreRecordedInEveryStateThroughTheService() throws Exception {
		assertThat(count("agency_code = ?", PROVINCE)).isEqualTo(5);
		assertThat(count("status = 'OPEN'")).isEqualTo(4);
		assertThat(count("status = 'DONE' and completed_on <= due_on")).isEqualTo(1);

		// From the monthly briefing, led by the construction department with three cooperating units.
		long briefing = idWhere("source_kind = 'MEETING' and lead_code = '000.00.07.H27'");
		assertThat(jdbc.sql("select meeting_name from directive where id = ?").param(briefing).query(String.class).single())
				.startsWith("Hội nghị giao ban tháng");
		assertThat(jdbc.sql("select agency_code from directive_unit where directive_id = ? and role = 'COOPERATE' order by 1")
				.param(briefing).query(String.class).list()).containsExactly("000.00.04.H27", "000.00.06.H27", "000.01.40.H27");

		// Following the flash telegram: linked to the demo incoming document, labelled with its notation.
		long telegram = idWhere("source_kind = 'DOCUMENT' and exists (select 1 from document x where x.id = d.document_id"
				+ " and x.notation = '" + DemoDirectives.FLASH_TELEGRAM + "')");
		assertThat(jdbc.sql("select source_label from directive where id = ?").param(telegram).query(String.class).single())
				.startsWith(DemoDirectives.FLASH_TELEGRAM);

		// Reported on at 40 % and 70 % by the finance department, with the extension in between kept in the history.
		long reported = idWhere("lead_code = '000.00.04.H27'");
		assertThat(jdbc.sql("select percent from directive_progress where directive_id = ? order by id").param(reported)
				.query(Integer.class).list()).containsExactly(40, 70);
		assertThat(jdbc.sql("select action from directive_event where directive_id = ? order by id").param(reported)
				.query(String.class).list()).containsExactly("CREATE", "PROGRESS", "EXTEND", "PROGRESS");
		// Every directive has its history, and every change was audited.
		assertThat(count("not exists (select 1 from directive_event e where e.directive_id = d.id and e.action = 'CREATE')"))
				.isZero();
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'directive.create'").query(Integer.class).single())
				.isGreaterThanOrEqualTo(5);

		int before = count("true");
		demo.run(null);
		assertThat(count("true")).isEqualTo(before);
	}

	@Test
	void theApiMarksTheOverdueAndTheOnTimeOnesAndTheFiguresCountThem() throws Exception {
		long overdue = idWhere("lead_code = '000.00.03.H27'");
		mvc.perform(get("/api/v1/directives/" + overdue).with(httpBasic("tranthithuha", PASSWORD)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.overdue").value(true))
				.andExpect(jsonPath("$.directive.status").value("OPEN"))
				.andExpect(jsonPath("$.directive.sourceLabel").value(containsString(DemoDirectives.MINISTRY_REQUEST)))
				.andExpect(jsonPath("$.progress[0].percent").value(30));
		mvc.perform(get("/api/v1/directives").param("overdue", "true").with(httpBasic("nguyenvanthanh", PASSWORD)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].directive.id").value(overdue));

		long done = idWhere("status = 'DONE'");
		mvc.perform(get("/api/v1/directives/" + done).with(httpBasic("nguyenvanthanh", PASSWORD)))
				.andExpect(jsonPath("$.completion").value("ON_TIME")).andExpect(jsonPath("$.overdue").value(false))
				.andExpect(jsonPath("$.directive.progress").value(100));

		mvc.perform(get("/api/v1/directives/figures").param("agency", PROVINCE).with(httpBasic("phamthihongnhung", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total.assigned").value(5))
				.andExpect(jsonPath("$.total.doneOnTime").value(1))
				.andExpect(jsonPath("$.total.doneLate").value(0))
				.andExpect(jsonPath("$.total.overdue").value(1))
				.andExpect(jsonPath("$.total.openNotDue").value(3))
				.andExpect(jsonPath("$.units[*].agencyCode").value(hasItems("000.00.03.H27", "000.00.04.H27", "000.00.06.H27",
						"000.00.07.H27", "000.00.15.H27")));
	}

	@Test
	void eachUnitSeesOnlyTheDirectivesGivenToIt() throws Exception {
		// The construction specialist's unit leads one and cooperates on two; the justice department's is not among them.
		mvc.perform(get("/api/v1/directives").with(httpBasic("lyvankhanh", PASSWORD))).andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(3));
		long overdue = idWhere("lead_code = '000.00.03.H27'");
		mvc.perform(get("/api/v1/directives/" + overdue).with(httpBasic("lyvankhanh", PASSWORD)))
				.andExpect(status().isNotFound());
		// A department's director does not read the province's figures.
		mvc.perform(get("/api/v1/directives/figures").param("agency", PROVINCE).with(httpBasic("ngoducthang", PASSWORD)))
				.andExpect(status().isForbidden());
		// The directive list page shows the overdue one.
		mvc.perform(get("/staff/documents/directives").param("overdue", "true").with(httpBasic("nguyenvanthanh", PASSWORD)))
				.andExpect(status().isOk()).andExpect(content().string(containsString("sắp xếp tổ chức bộ máy cấp xã")));
	}
}

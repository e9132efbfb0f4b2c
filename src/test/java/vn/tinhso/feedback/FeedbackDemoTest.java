package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On a first start with demo data, every commune and ward of the demo province has a boundary, so a
 * demo citizen's pin lands in a commune and the demo IOC operator routes the report there.
 * (Same configuration as the directory's demo test, so the two share one application context.)
 */
@SpringBootTest(properties = "tinhso.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class FeedbackDemoTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Value("${tinhso.demo.password}")
	String password;

	@Test
	void demoReportsWaitInEachStage() {
		assertThat(jdbc.sql("select distinct status from feedback_report").query(String.class).list())
				.contains("RESOLVED", "REJECTED", "IN_PROGRESS", "ASSIGNED", "SUBMITTED");
		assertThat(jdbc.sql("select rating from feedback_report where description like 'Ổ gà sâu khoảng 20 cm%'")
				.query(Integer.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from feedback_report where channel = 'HOTLINE'").query(Integer.class).single())
				.isEqualTo(1);
	}

	@Test
	void theDemoProvinceHasItsCommuneBoundariesAndReportsAreRoutedByThem() throws Exception {
		assertThat(jdbc.sql("select count(*) from feedback_boundary b join agency a on a.code = b.agency_code "
				+ "where a.kind in ('COMMUNE', 'WARD')").query(Integer.class).single()).isEqualTo(99);
		mvc.perform(get("/api/v1/feedback/locate").param("lat", "21.183").param("lon", "106.062")).andExpect(status().isOk())
				.andExpect(jsonPath("$.agencyCode").value("000.01.40.H27"));
		mvc.perform(get("/api/v1/feedback/locate").param("lat", "21.0285").param("lon", "105.8524"))
				.andExpect(status().isUnprocessableContent());
		String body = mvc.perform(multipart("/api/v1/feedback/reports").param("category", "LIGHTING")
				.param("description", "Đèn đường trước nhà văn hóa phường tắt nhiều ngày").param("lat", "21.183")
				.param("lon", "106.062").with(httpBasic("027090001234", password)))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.commune.code").value("000.01.40.H27"))
				.andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(body, "$.code");
		mvc.perform(multipart("/api/v1/feedback/reports/" + code + "/actions/ASSIGN").with(httpBasic("ioc", password)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.agency.code").value("000.01.40.H27"));
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(httpBasic("levanhung", password)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.actions[0]").value("ASSIGN_HANDLER"));
	}
}

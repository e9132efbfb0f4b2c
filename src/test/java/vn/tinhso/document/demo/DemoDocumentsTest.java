package vn.tinhso.document.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A fresh database with demo data switched on: each demo register shows documents in every state. */
@SpringBootTest(properties = "tinhso.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DemoDocumentsTest {

	private static final String PASSWORD = "TinhSo@2026";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoDocuments demo;

	private int count(String where) {
		return jdbc.sql("select count(*) from document where " + where).query(Integer.class).single();
	}

	@Test
	void firstStartFillsTheRegistersThroughTheServices() throws Exception {
		String province = "agency_code = '000.00.00.H27' and direction = 'IN'";
		assertThat(count(province)).isBetween(4, 6);
		assertThat(count(province + " and urgency = 'HOA_TOC' and status = 'REGISTERED'")).isEqualTo(1);
		assertThat(count(province + " and confidentiality = 'MAT' and status = 'ASSIGNED' and exists (select 1 from "
				+ "document_assignment a where a.document_id = document.id and a.account_id is not null)")).isEqualTo(1);
		assertThat(count(province + " and due_on < current_date and status <> 'DONE'")).isEqualTo(1);
		assertThat(count(province + " and status = 'DONE'")).isEqualTo(1);
		assertThat(count("direction = 'OUT' and status = 'ISSUED' and notation = '01/KH-UBND'")).isEqualTo(1);
		assertThat(count("direction = 'OUT' and status = 'IN_REVIEW'")).isEqualTo(1);
		assertThat(count("direction = 'OUT' and status = 'DRAFT' and reply_to_id is not null")).isEqualTo(1);
		assertThat(jdbc.sql("select agency_code from document where direction = 'IN' and origin_id is not null order by 1")
				.query(String.class).list()).containsExactly("000.00.03.H27", "000.00.07.H27");
		// Every number came from a register, every change left history.
		assertThat(count("direction = 'IN' and number is null")).isZero();
		assertThat(jdbc.sql("select count(*) from document d where not exists (select 1 from document_event e "
				+ "where e.document_id = d.id)").query(Integer.class).single()).isZero();

		int before = count("true");
		demo.run(null);
		assertThat(count("true")).isEqualTo(before);
	}

	@Test
	void theDemoOfficialsSeeTheirDocumentsAndTheFilesShowTheirNotation() throws Exception {
		mvc.perform(get("/staff/documents").with(httpBasic("dothithanhhuong", PASSWORD))).andExpect(status().isOk())
				.andExpect(content().string(containsString("01/KH-UBND")));
		mvc.perform(get("/staff/documents").param("direction", "OUT").with(httpBasic("ngoducthang", PASSWORD)))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Đang trình duyệt")));

		long flash = jdbc.sql("select id from document where urgency = 'HOA_TOC'").query(Long.class).single();
		long file = jdbc.sql("select id from document_file where document_id = ?").param(flash).query(Long.class).single();
		byte[] pdf = mvc.perform(get("/api/v1/documents/" + flash + "/files/" + file)
				.with(httpBasic("phamthihongnhung", PASSWORD))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("24/CĐ-TTg").contains("CÔNG ĐIỆN").contains("ứng phó khẩn cấp");
		}
		// The secret plan is for the leaders and the assigned specialist only.
		mvc.perform(get("/staff/documents").with(httpBasic("leminhduc", PASSWORD)))
				.andExpect(content().string(containsString("215/KH-CAT-PV01")));
		mvc.perform(get("/staff/documents").with(httpBasic("hoangvantuan", PASSWORD)))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("215/KH-CAT-PV01"))));
	}
}

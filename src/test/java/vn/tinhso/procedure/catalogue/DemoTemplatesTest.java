package vn.tinhso.procedure.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.files.FileType;
import vn.tinhso.procedure.ApplicantType;
import vn.tinhso.procedure.Component;
import vn.tinhso.procedure.Procedure;

/** The demo's generated blank forms: real Word files, readable, quick to make, attached on first start. */
@SpringBootTest(properties = "tinhso.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DemoTemplatesTest {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private static List<Procedure> demo() throws IOException {
		return new DemoProcedures(null, null, null, JsonMapper.builder().build(), true).read();
	}

	private static List<Component> forms(Procedure p) {
		return p.components().stream().filter(c -> !c.templateName().isBlank()).toList();
	}

	/** The text of a Word file's runs, after checking the parts a word processor needs are there and well-formed. */
	static String text(byte[] docx) throws Exception {
		Map<String, byte[]> parts = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				parts.put(e.getName(), zip.readAllBytes());
			}
		}
		assertThat(parts).containsOnlyKeys("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
				"word/styles.xml", "word/document.xml");
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = null;
		for (var part : parts.entrySet()) {
			Document parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(part.getValue()));
			if (part.getKey().equals("word/document.xml")) {
				document = parsed;
			}
		}
		NodeList runs = document.getElementsByTagNameNS(W, "t");
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < runs.getLength(); i++) {
			text.append(runs.item(i).getTextContent()).append(' ');
		}
		assertThat(document.getElementsByTagNameNS(W, "pgSz").item(0).getAttributes().getNamedItemNS(W, "w")
				.getNodeValue()).isEqualTo("11906");
		return text.toString();
	}

	@Test
	void eachFormShowsItsNumberTheProcedureAndTheFieldsAndAllAreMadeInAnInstant() throws Exception {
		long took = 0;
		int made = 0;
		for (Procedure p : demo()) {
			for (Component c : forms(p)) {
				long one = System.nanoTime();
				byte[] docx = BlankForm.docx(c.templateName(), c.name(), p.name(), DemoTemplates.fields(p.applicantTypes()));
				took += System.nanoTime() - one;
				made++;
				assertThat(FileType.detect(docx)).contains(FileType.DOCX);
				assertThat(docx.length).as(c.templateName()).isLessThan(10_000);
				String text = text(docx);
				assertThat(text).as(p.code()).contains(c.templateName()).contains(p.name())
						.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Số điện thoại").contains("NGƯỜI YÊU CẦU");
				if (p.applicantTypes().equals(java.util.Set.of(ApplicantType.ORGANISATION))) {
					assertThat(text).contains("Mã số doanh nghiệp");
				}
				else {
					assertThat(text).contains("Số định danh cá nhân");
				}
			}
		}
		assertThat(made).isGreaterThanOrEqualTo(30);
		assertThat(took / 1_000_000).as("milliseconds for %d forms", made).isLessThan(1_000);
	}

	@Test
	void firstStartAttachesAFormToEveryDemoPaperThatNamesOne() throws Exception {
		List<Procedure> demo = demo();
		long expected = demo.stream().mapToLong(p -> forms(p).size()).sum();
		assertThat(jdbc.sql("""
				select count(*) from component_template t join procedure p on p.id = t.procedure_id
				where p.agency_code = ? and t.media_type = ?""").params(DemoProcedures.DEMO_PROVINCE,
				FileType.DOCX.mediaType()).query(Long.class).single()).isEqualTo(expected);
		Procedure first = demo.stream().filter(p -> !forms(p).isEmpty()).findFirst().orElseThrow();
		byte[] docx = mvc.perform(get("/procedures/" + first.code() + "/components/" + forms(first).get(0).code() + "/template"))
				.andExpect(status().isOk()).andExpect(content().contentType(FileType.DOCX.mediaType()))
				.andExpect(header().string("Content-Disposition", Matchers.containsString(".docx")))
				.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(docx)).contains(forms(first).get(0).templateName());
	}
}

package vn.tinhso.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

/** Blank forms of a procedure's papers: attached by the catalogue's administrators, downloaded by anyone. */
class ComponentTemplateTest extends IntegrationTest {

	static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	JsonMapper json;

	private String admin;
	private String department;
	private String code;

	@BeforeEach
	void aPublishedProcedure() {
		admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		department = fixtures.department();
		code = fixtures.procedure(department);
	}

	/** A real one-page PDF, different each time. */
	static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle("Tờ khai " + ThreadLocalRandom.current().nextLong());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** A minimal Word document: content types, package relationship and the main part. */
	static byte[] docx() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
					</Relationships>""");
			entry(zip, "word/document.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
					<w:body><w:p><w:r><w:t>TỜ KHAI — Họ và tên: ............</w:t></w:r></w:p></w:body></w:document>""");
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private String templatePath(String component) {
		return "/procedures/" + code + "/components/" + component + "/template";
	}

	private String apiPath(String component) {
		return "/api/v1/procedures/" + code + "/components/" + component + "/template";
	}

	private int version() {
		return jdbc.sql("select version from procedure where code = ?").param(code).query(Integer.class).single();
	}

	private String storedSha(String component) {
		return jdbc.sql("""
				select t.sha256 from component_template t join procedure p on p.id = t.procedure_id
				where p.code = ? and t.component_code = ?""").params(code, component).query(String.class).optional()
				.orElse(null);
	}

	private void attach(String component, String fileName, byte[] content) throws Exception {
		mvc.perform(put(apiPath(component)).param("fileName", fileName).with(as(admin))
				.contentType(MediaType.APPLICATION_OCTET_STREAM).content(content)).andExpect(status().isOk());
	}

	@Test
	void anAdministratorAttachesATemplateThatAnyoneDownloadsByteForByte() throws Exception {
		byte[] pdf = pdf();
		int before = version();
		mvc.perform(put(apiPath("TP1")).param("fileName", "C:\\Mẫu\\tờ-khai TK-01.pdf").with(as(admin))
				.contentType(MediaType.APPLICATION_PDF).content(pdf))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.mediaType").value("application/pdf"))
				.andExpect(jsonPath("$.fileName").value("tờ-khai TK-01.pdf"));
		assertThat(version()).isEqualTo(before + 1);

		// Anonymous download from the public page's link: the same bytes, as an attachment, typed by content.
		byte[] downloaded = mvc.perform(get(templatePath("TP1")))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/pdf"))
				.andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
				.andExpect(header().string("Content-Disposition",
						Matchers.containsString("filename*=UTF-8''t%E1%BB%9D-khai%20TK-01.pdf")))
				.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		mvc.perform(get(apiPath("TP1"))).andExpect(status().isOk()).andExpect(content().bytes(pdf));
		mvc.perform(get("/procedures/" + code)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("href=\"" + templatePath("TP1") + "\"")))
				.andExpect(content().string(Matchers.containsString("Tải mẫu (tờ-khai TK-01.pdf)")))
				.andExpect(content().string(Matchers.not(Matchers.containsString(templatePath("TP2")))));
		// The apply form (the dossier module's page) links it next to the paper's upload field.
		mvc.perform(get("/dossiers/new").param("procedure", code).with(as(fixtures.citizen())))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("href=\"" + templatePath("TP1") + "\"")));

		// A Word file replaces it; the name takes the extension of what the file really is.
		byte[] docx = docx();
		attach("TP1", "to-khai.doc", docx);
		mvc.perform(get(templatePath("TP1"))).andExpect(status().isOk())
				.andExpect(content().contentType(DOCX_TYPE))
				.andExpect(header().string("Content-Disposition", Matchers.containsString("to-khai.docx")))
				.andExpect(content().bytes(docx));
		// A component without a template, or one the procedure does not have, has nothing to download.
		mvc.perform(get(templatePath("TP2"))).andExpect(status().isNotFound());
		mvc.perform(get(apiPath("TP2"))).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("procedure.template.not-found"));
		mvc.perform(get(apiPath("TP9"))).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("procedure.component.not-found"));
	}

	@Test
	void aFileThatIsNotATemplateIsRefusedByItsContentAndNothingChanges() throws Exception {
		byte[] pdf = pdf();
		attach("TP1", "mau.pdf", pdf);
		String sha = storedSha("TP1");
		int version = version();
		mvc.perform(put(apiPath("TP1")).param("fileName", "mau.pdf").with(as(admin))
				.contentType(MediaType.APPLICATION_PDF).content(png()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("request.invalid"))
				.andExpect(jsonPath("$.errors[0].field").value("file"))
				.andExpect(jsonPath("$.errors[0].code").value("file.type-not-allowed"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("docx, pdf, xlsx")));
		byte[] noise = new byte[2048];
		ThreadLocalRandom.current().nextBytes(noise);
		mvc.perform(put(apiPath("TP1")).with(as(admin)).contentType(MediaType.APPLICATION_OCTET_STREAM).content(noise))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("file.type-not-allowed"));
		mvc.perform(put(apiPath("TP1")).with(as(admin)).contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[0]))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("file.empty"));
		mvc.perform(put(apiPath("TP7")).with(as(admin)).contentType(MediaType.APPLICATION_PDF).content(pdf))
				.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("procedure.component.not-found"));

		assertThat(storedSha("TP1")).isEqualTo(sha);
		assertThat(storedSha("TP7")).isNull();
		assertThat(version()).isEqualTo(version);
		mvc.perform(get(templatePath("TP1"))).andExpect(content().bytes(pdf));
	}

	@Test
	void onlySystemAdministratorsAttachOrRemoveTemplates() throws Exception {
		byte[] pdf = pdf();
		String agencyAdmin = fixtures.official(department, Role.AGENCY_ADMIN, Role.LEADER);
		String citizen = fixtures.citizen();
		mvc.perform(put(apiPath("TP1")).with(as(agencyAdmin)).contentType(MediaType.APPLICATION_PDF).content(pdf))
				.andExpect(status().isForbidden());
		mvc.perform(put(apiPath("TP1")).with(as(citizen)).contentType(MediaType.APPLICATION_PDF).content(pdf))
				.andExpect(status().isForbidden());
		mvc.perform(put(apiPath("TP1")).with(csrf()).contentType(MediaType.APPLICATION_PDF).content(pdf))
				.andExpect(status().isUnauthorized());
		mvc.perform(multipart("/admin/procedures/" + code).file(new MockMultipartFile("components[0].templateUpload",
				"mau.pdf", "application/pdf", pdf)).param("version", "0").with(as(agencyAdmin)).with(csrf()))
				.andExpect(status().isForbidden());
		assertThat(storedSha("TP1")).isNull();

		attach("TP1", "mau.pdf", pdf);
		mvc.perform(delete(apiPath("TP1")).with(as(citizen))).andExpect(status().isForbidden());
		assertThat(storedSha("TP1")).isNotNull();
		mvc.perform(delete(apiPath("TP1")).with(as(admin))).andExpect(status().isNoContent());
		assertThat(storedSha("TP1")).isNull();
		mvc.perform(delete(apiPath("TP1")).with(as(admin))).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("procedure.template.not-found"));
		mvc.perform(get(templatePath("TP1"))).andExpect(status().isNotFound());
	}

	@Test
	void aWithdrawnProcedureKeepsItsTemplateFromThePublic() throws Exception {
		attach("TP1", "mau.pdf", pdf());
		mvc.perform(post("/api/v1/procedures/" + code + "/withdraw").with(as(admin))).andExpect(status().isOk());
		mvc.perform(get(templatePath("TP1"))).andExpect(status().isNotFound());
		mvc.perform(get(templatePath("TP1")).with(as(admin))).andExpect(status().isOk());
	}

	@Test
	void exportAndImportKeepTheTemplateAndARemovedPaperLosesIt() throws Exception {
		byte[] pdf = pdf();
		attach("TP1", "to-khai.pdf", pdf);
		String sha = storedSha("TP1");
		String exported = mvc.perform(get("/api/v1/procedures/export").with(as(admin))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		List<Procedure> all = json.readValue(exported, new TypeReference<List<Procedure>>() {
		});
		Procedure mine = all.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
		assertThat(mine.components().get(0).templateFile()).isEqualTo(new TemplateFile(sha, "to-khai.pdf", "application/pdf"));
		assertThat(mine.components().get(1).templateFile()).isNull();
		assertThat(exported).doesNotContain("\"templateFile\":null");

		// Another administrator's edit removed the template; importing the export brings it back.
		mvc.perform(delete(apiPath("TP1")).with(as(admin))).andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/procedures/import").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(List.of(mine)))).andExpect(status().isOk())
				.andExpect(jsonPath("$.updated").value(1));
		mvc.perform(get(templatePath("TP1"))).andExpect(status().isOk()).andExpect(content().bytes(pdf));

		// A file written before templates existed (no templateFile at all) still imports and keeps the template.
		String old = json.writeValueAsString(List.of(mine)).replaceAll(",\"templateFile\":\\{[^}]*\\}", "");
		assertThat(old).doesNotContain("templateFile");
		mvc.perform(post("/api/v1/procedures/import").with(as(admin)).contentType(MediaType.APPLICATION_JSON).content(old))
				.andExpect(status().isOk());
		assertThat(storedSha("TP1")).isEqualTo(sha);

		// A reference to a file this platform does not hold is refused with the entry's position; nothing changes.
		int version = version();
		String unknown = json.writeValueAsString(List.of(mine)).replace(sha, "0".repeat(64));
		mvc.perform(post("/api/v1/procedures/import").with(as(admin)).contentType(MediaType.APPLICATION_JSON).content(unknown))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("[0].components[0].templateFile"))
				.andExpect(jsonPath("$.errors[0].code").value("procedure.template.unknown-file"));
		assertThat(storedSha("TP1")).isEqualTo(sha);
		assertThat(version()).isEqualTo(version);

		// Editing the procedure without TP1 drops its template with it.
		Procedure withoutTp1 = new Procedure(mine.nationalCode(), mine.agencyCode(), mine.name(), mine.field(),
				mine.level(), mine.implementingAgencies(), mine.processingDays(), mine.onlineLevel(), mine.applicantTypes(),
				mine.description(), mine.conditions(), mine.fees(), List.of(mine.components().get(1)), mine.results(),
				mine.legalBasis(), mine.effectiveFrom(), mine.effectiveTo(), mine.steps());
		mvc.perform(put("/api/v1/procedures/" + code).with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(withoutTp1))).andExpect(status().isOk());
		assertThat(storedSha("TP1")).isNull();
	}

	/** The edit form as the browser sends it for the current content of the procedure. */
	private MockMultipartHttpServletRequestBuilder editForm() {
		MockMultipartHttpServletRequestBuilder form = multipart("/admin/procedures/" + code);
		form.param("version", Integer.toString(version())).param("nationalCode", code.substring(0, 8))
				.param("agencyCode", fixtures.root()).param("name", "Thủ tục có tệp mẫu").param("field", "Hộ tịch")
				.param("level", "PROVINCE").param("implementingAgencies", department).param("processingDays", "3")
				.param("onlineLevel", "FULL").param("applicantTypes", "CITIZEN").param("effectiveFrom", "2025-07-01")
				.param("legalBasis", "Luật Hộ tịch số 60/2014/QH13")
				.param("components[0].code", "TP1").param("components[0].name", "Tờ khai theo mẫu")
				.param("components[0].originals", "1").param("components[0].copies", "0")
				.param("components[0].mandatory", "true").param("components[0].templateName", "Mẫu TK-01")
				.param("components[1].code", "TP2").param("components[1].name", "Giấy ủy quyền (khi nộp thay)")
				.param("components[1].originals", "1").param("components[1].copies", "0")
				.param("results[0].name", "Giấy chứng nhận (bản chính)").param("results[0].electronic", "true")
				.param("steps[0].name", "Tiếp nhận hồ sơ").param("steps[0].role", "ONE_STOP_OFFICER").param("steps[0].days", "0.5")
				.param("steps[1].name", "Thẩm định hồ sơ").param("steps[1].role", "SPECIALIST").param("steps[1].days", "1.5")
				.param("steps[2].name", "Phê duyệt").param("steps[2].role", "LEADER").param("steps[2].days", "0.5")
				.param("steps[3].name", "Trả kết quả").param("steps[3].role", "ONE_STOP_OFFICER").param("steps[3].days", "0.5");
		return form;
	}

	@Test
	void theEditFormUploadsReplacesAndRemovesTemplatesAndShowsARefusalInPlace() throws Exception {
		byte[] pdf = pdf();
		// An empty file input is sent as an empty part and changes nothing.
		mvc.perform(editForm().file(new MockMultipartFile("components[1].templateUpload", "", "application/octet-stream",
				new byte[0])).file(new MockMultipartFile("components[0].templateUpload", "mẫu tờ khai.pdf",
				"application/pdf", pdf)).with(as(admin)).with(csrf()))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/procedures/" + code));
		mvc.perform(get(templatePath("TP1"))).andExpect(content().bytes(pdf));
		assertThat(storedSha("TP2")).isNull();
		mvc.perform(get("/admin/procedures/" + code).with(as(admin))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("mẫu tờ khai.pdf")))
				.andExpect(content().string(Matchers.containsString("name=\"components[0].removeTemplate\"")))
				.andExpect(content().string(Matchers.containsString("enctype=\"multipart/form-data\"")));

		// A picture is not a form template: the refusal sits under the file field and nothing is saved,
		// not even the name typed in the same submission.
		String sha = storedSha("TP1");
		int version = version();
		mvc.perform(editForm().param("name", "Tên mới không được lưu").file(new MockMultipartFile(
				"components[0].templateUpload", "anh.pdf", "application/pdf", png())).with(as(admin)).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.containsString("id=\"components-0-templateUpload-error\"")))
				.andExpect(content().string(Matchers.containsString("Loại tệp không được chấp nhận")))
				.andExpect(content().string(Matchers.containsString("Tên mới không được lưu")));
		assertThat(storedSha("TP1")).isEqualTo(sha);
		assertThat(version()).isEqualTo(version);
		assertThat(jdbc.sql("select name from procedure where code = ?").param(code).query(String.class).single())
				.isNotEqualTo("Tên mới không được lưu");

		// A Word file replaces the PDF; then ticking "remove" takes it away.
		byte[] docx = docx();
		mvc.perform(editForm().file(new MockMultipartFile("components[0].templateUpload", "to-khai.docx", DOCX_TYPE, docx))
				.with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(templatePath("TP1"))).andExpect(content().contentType(DOCX_TYPE)).andExpect(content().bytes(docx));
		mvc.perform(editForm().param("components[0].removeTemplate", "true").with(as(admin)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(storedSha("TP1")).isNull();
		mvc.perform(get(templatePath("TP1"))).andExpect(status().isNotFound());
	}
}

package vn.tinhso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.document.DocxFiles.docx;
import static vn.tinhso.document.DocxFiles.paragraph;
import static vn.tinhso.support.Fixtures.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

/**
 * Outgoing drafts uploaded as Word files: converted to a PDF that becomes the draft revision (the .docx kept
 * as its source), searchable by its text without diacritics; anything that is neither a PDF nor a readable
 * Word file refused with a clear code and nothing stored.
 */
class DocxDraftTest extends IntegrationTest {

	static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String TITLE = "QUYẾT ĐỊNH";
	static final String SUBTITLE = "Về việc phê duyệt kế hoạch chuyển đổi số năm 2027";
	static final String LONG = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; căn cứ Nghị định số "
			+ "30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư; theo đề nghị của Giám đốc Sở "
			+ "Khoa học và Công nghệ tại Tờ trình số 125/TTr-SKHCN, Ủy ban nhân dân tỉnh quyết định phê duyệt kế hoạch "
			+ "chuyển đổi số với các nhiệm vụ trọng tâm về hạ tầng số, dữ liệu số và nhân lực số.";

	// One department for the class: the test run has few department codes to share.
	private static String agency;
	private static String specialist;
	private static String outsider;

	@BeforeEach
	void agencyWithStaff() {
		if (agency == null) {
			agency = fixtures.department();
			specialist = fixtures.official(agency, Role.SPECIALIST);
			outsider = fixtures.official(fixtures.department(), Role.SPECIALIST, Role.LEADER, Role.CLERK);
		}
	}

	/** A decision: a bold centred title, a justified paragraph that wraps, a 2×2 table, and many articles. */
	static byte[] decision(int articles) {
		StringBuilder body = new StringBuilder()
				.append(paragraph(TITLE, "<w:jc w:val=\"center\"/>", "<w:b/><w:sz w:val=\"28\"/>"))
				.append(paragraph(SUBTITLE, "<w:jc w:val=\"center\"/>", "<w:b/>"))
				.append(paragraph(LONG, "<w:jc w:val=\"both\"/><w:ind w:firstLine=\"567\"/>", ""))
				.append(DocxFiles.table(new String[][] { { "Nội dung", "Thời hạn" }, { "Hạ tầng dữ liệu", "Quý IV/2027" } }));
		for (int i = 1; i <= articles; i++) {
			body.append(paragraph("Điều " + i + ". " + LONG, "<w:jc w:val=\"both\"/>", ""));
		}
		return docx(body.toString());
	}

	private MockMultipartHttpServletRequestBuilder draft(byte[] file, String name) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/api/v1/documents/outgoing")
				.file(new MockMultipartFile("file", name, DOCX_TYPE, file)).param("agencyCode", agency).param("typeCode", "QD")
				.param("subject", "Quyết định phê duyệt kế hoạch năm 2027").with(as(specialist));
	}

	private static long id(ResultActions r) throws Exception {
		return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.document.id")).longValue();
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	private long fileId(long documentId, String purpose, int revision) {
		return jdbc.sql("select id from document_file where document_id = ? and purpose = ? and revision = ?")
				.params(documentId, purpose, revision).query(Long.class).single();
	}

	private byte[] download(long documentId, long fileId, String user) throws Exception {
		return mvc.perform(get("/api/v1/documents/" + documentId + "/files/" + fileId).with(as(user)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private List<Integer> search(String q) throws Exception {
		String list = mvc.perform(get("/api/v1/documents").param("direction", "OUT").param("q", q).with(as(specialist)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(list, "$.items[*].id");
	}

	/** Text of a PDF with each text piece's font and position. */
	static final class Seen extends PDFTextStripper {
		final List<TextPosition> positions = new ArrayList<>();

		@Override
		protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
			positions.addAll(textPositions);
			super.writeString(text, textPositions);
		}
	}

	@Test
	void aWordDraftBecomesAPdfRevisionWithItsSourceKeptAndIsFoundByItsWords() throws Exception {
		byte[] word = decision(12);
		long id = id(mvc.perform(draft(word, "ke-hoach-cds.docx")).andExpect(status().isCreated())
				.andExpect(jsonPath("$.document.status").value("DRAFT"))
				.andExpect(jsonPath("$.files.length()").value(2))
				.andExpect(jsonPath("$.files[0].purpose").value("DRAFT"))
				.andExpect(jsonPath("$.files[0].fileName").value("ke-hoach-cds.pdf"))
				.andExpect(jsonPath("$.files[0].mediaType").value("application/pdf"))
				.andExpect(jsonPath("$.files[1].purpose").value("SOURCE"))
				.andExpect(jsonPath("$.files[1].fileName").value("ke-hoach-cds.docx"))
				.andExpect(jsonPath("$.files[1].mediaType").value(DOCX_TYPE)));

		byte[] pdf = download(id, fileId(id, "DRAFT", 1), specialist);
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(1);
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
			Seen seen = new Seen();
			String raw = Normalizer.normalize(seen.getText(doc), Normalizer.Form.NFC);
			String text = raw.replaceAll("\\s+", " ");
			// The words, with their diacritics, in the order of the Word file.
			List<String> order = List.of(TITLE, SUBTITLE, LONG, "Nội dung Thời hạn", "Hạ tầng dữ liệu Quý IV/2027",
					"Điều 1. Căn cứ", "Điều 12. Căn cứ");
			int at = -1;
			for (String words : order) {
				int next = text.indexOf(words, at + 1);
				assertThat(next).as("'%s' after position %d in %s", words, at, text).isGreaterThan(at);
				at = next;
			}
			// The long paragraph wrapped onto several lines.
			assertThat(raw).doesNotContain(LONG);
			// The title is bold and centred; nothing runs into the margins (left 30 mm, right 15 mm).
			TextPosition q = seen.positions.stream().filter(p -> p.getUnicode().equals("Q")).findFirst().orElseThrow();
			assertThat(q.getFont().getName()).contains("Bold");
			assertThat(q.getXDirAdj()).isGreaterThan(200);
			float mm = 72f / 25.4f;
			for (TextPosition p : seen.positions) {
				assertThat(p.getXDirAdj()).isGreaterThanOrEqualTo(30 * mm - 0.5f);
				assertThat(p.getXDirAdj() + p.getWidthDirAdj()).isLessThanOrEqualTo(595.28f - 15 * mm + 0.5f);
			}
		}
		assertThat(download(id, fileId(id, "SOURCE", 1), specialist)).isEqualTo(word);

		// Found by words of its text (not of its subject), typed without diacritics.
		assertThat(search("ha tang du lieu")).contains((int) id);
		assertThat(search("nhan luc so")).contains((int) id);
		// Another agency's official sees neither the document nor its files.
		mvc.perform(get("/api/v1/documents/" + id + "/files/" + fileId(id, "SOURCE", 1)).with(as(outsider)))
				.andExpect(status().isNotFound());

		// A revision as a Word file: the next DRAFT revision, with its own source; the search follows the new text.
		mvc.perform(multipart("/api/v1/documents/" + id + "/revisions")
				.file(new MockMultipartFile("file", "ban-sua.docx", DOCX_TYPE,
						docx(paragraph("Bản sửa lần hai: bổ sung mục tiêu an toàn thông tin mạng", "<w:i/><w:u w:val=\"single\"/>"))))
				.with(as(specialist))).andExpect(status().isOk())
				.andExpect(jsonPath("$.files[2].purpose").value("DRAFT")).andExpect(jsonPath("$.files[2].revision").value(2))
				.andExpect(jsonPath("$.files[3].purpose").value("SOURCE")).andExpect(jsonPath("$.files[3].revision").value(2));
		try (PDDocument doc = Loader.loadPDF(download(id, fileId(id, "DRAFT", 2), specialist))) {
			assertThat(Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC))
					.contains("Bản sửa lần hai: bổ sung mục tiêu an toàn thông tin mạng");
		}
		assertThat(search("an toan thong tin mang")).contains((int) id);
		// A PDF revision still works, and keeps no source.
		mvc.perform(multipart("/api/v1/documents/" + id + "/revisions")
				.file(new MockMultipartFile("file", "ban-3.pdf", "application/pdf", DocumentFlowTest.PDF)).with(as(specialist)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.files.length()").value(5));
	}

	@Test
	void theDraftFormAcceptsAWordFile() throws Exception {
		mvc.perform(get("/staff/documents/outgoing/new").with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(containsString(".docx\"")))
				.andExpect(content().string(containsString("tự chuyển sang PDF")));
		String location = mvc.perform(multipart("/staff/documents/outgoing/new")
				.file(new MockMultipartFile("file", "to-trinh.docx", DOCX_TYPE, decision(0)))
				.param("agencyCode", agency).param("typeCode", "TTR").param("subject", "Tờ trình kế hoạch chuyển đổi số")
				.param("urgency", "NORMAL").param("confidentiality", "NORMAL").param("pageCount", "1")
				.with(as(specialist)).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("select purpose || ':' || media_type from document_file where document_id = ? order by id")
				.param(id).query(String.class).list()).containsExactly("DRAFT:application/pdf", "SOURCE:" + DOCX_TYPE);
		mvc.perform(get(location).with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(containsString("to-trinh.docx")))
				.andExpect(content().string(containsString("Tệp Word gốc của bản 1")))
				.andExpect(content().string(containsString("accept=\"application/pdf,.pdf,")));

		// On the page, a refused revision says why in Vietnamese and adds nothing.
		mvc.perform(multipart(location + "/revise").file(new MockMultipartFile("file", "du-thao.docx", DOCX_TYPE,
				"MZ\u0090\u0000 not a Word file".getBytes(StandardCharsets.ISO_8859_1))).with(as(specialist)).with(csrf()))
				.andExpect(flash().attribute("alert", containsString("Chỉ nhận tệp PDF hoặc tệp Word")));
		mvc.perform(multipart("/staff/documents/outgoing/new")
				.file(new MockMultipartFile("file", "hong.docx", DOCX_TYPE, DocxFiles.bomb("word/document.xml", 12)))
				.param("agencyCode", agency).param("typeCode", "TTR").param("subject", "Tờ trình hỏng")
				.with(as(specialist)).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("id=\"file-error\"")))
				.andExpect(content().string(containsString("Không đọc được tệp Word")));
		assertThat(count("select count(*) from document_file where document_id = ?", id)).isEqualTo(2);
		assertThat(count("select count(*) from document where subject = 'Tờ trình hỏng'")).isZero();
	}

	@Test
	void filesThatAreNeitherPdfNorReadableWordAreRefusedAndNothingIsStored() throws Exception {
		Map<String, byte[]> noMain = DocxFiles.parts(DocxFiles.document(paragraph("x", "")));
		noMain.remove("word/document.xml");
		noMain.put("word/other.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
		String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n"
				+ "<w:document xmlns:w=\"" + DocxFiles.W + "\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
		String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY a \"hahahahahahahaha\">"
				+ "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
				+ "<w:document xmlns:w=\"" + DocxFiles.W + "\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>";
		String broken = DocxFiles.document(paragraph("Thiếu thẻ đóng", "")).replace("</w:body>", "");

		refused(DocxFiles.zip(noMain), "document.file.type");
		refused("MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1),
				"document.file.type");
		refused("Quyết định (bản nháp)".getBytes(StandardCharsets.UTF_8), "document.file.type");
		refused(DocxFiles.bomb("word/media/image1.png", 60), "document.docx.unreadable");
		refused(DocxFiles.bomb("word/document.xml", 12), "document.docx.unreadable");
		refused(DocxFiles.zip(DocxFiles.parts(external)), "document.docx.unreadable");
		refused(DocxFiles.zip(DocxFiles.parts(laughs)), "document.docx.unreadable");
		refused(DocxFiles.zip(DocxFiles.parts(broken)), "document.docx.unreadable");
		byte[] truncated = decision(0);
		refused(java.util.Arrays.copyOf(truncated, truncated.length / 2), "document.docx.unreadable");
	}

	/** Refused on draft and on revision: the code, no document, no file row, no stored file. */
	private void refused(byte[] content, String code) throws Exception {
		int documents = count("select count(*) from document where agency_code = ?", agency);
		int files = count("select count(*) from document_file f join document d on d.id = f.document_id "
				+ "where d.agency_code = ?", agency);
		mvc.perform(draft(content, "du-thao.docx")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("file"))
				.andExpect(jsonPath("$.errors[0].code").value(code));
		assertThat(count("select count(*) from document where agency_code = ?", agency)).isEqualTo(documents);
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		assertThat(count("select count(*) from stored_file where sha256 = ?", sha)).isZero();

		long id = id(mvc.perform(draft(DocumentFlowTest.PDF, "du-thao.pdf")).andExpect(status().isCreated()));
		mvc.perform(multipart("/api/v1/documents/" + id + "/revisions")
				.file(new MockMultipartFile("file", "ban-sua.docx", DOCX_TYPE, content)).with(as(specialist)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value(code));
		assertThat(count("select count(*) from document_file f join document d on d.id = f.document_id "
				+ "where d.agency_code = ?", agency)).isEqualTo(files + 1);
		assertThat(count("select count(*) from stored_file where sha256 = ?", sha)).isZero();
	}
}

package vn.tinhso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.support.IntegrationTest;

/**
 * The printable registers: the PDF opens and reads back the rows in number order with their Vietnamese text,
 * the spreadsheet is a well-formed workbook with the same rows, only the agency's clerks and leaders print
 * them (the secret register only its leaders), and a register of 10 000 documents streams out.
 */
class RegisterExportTest extends IntegrationTest {

	private static final String[] SUBJECTS = { "Về việc tăng cường phòng, chống thiên tai mùa mưa lũ",
			"Kế hoạch ứng dụng trí tuệ nhân tạo trong giải quyết thủ tục", "Thông báo lịch tiếp công dân định kỳ của lãnh đạo" };

	private static String agency;
	private static String clerk;
	private static String leader;
	private static String specialist;
	private static String outsideClerk;

	private final LocalDate today = LocalDate.now(ProvinceTime.ZONE);

	@BeforeEach
	void registersWithDocuments() throws Exception {
		if (agency != null) {
			return;
		}
		agency = fixtures.department();
		clerk = fixtures.official(agency, Role.CLERK);
		leader = fixtures.official(agency, Role.LEADER);
		specialist = fixtures.official(agency, Role.SPECIALIST);
		outsideClerk = fixtures.official(fixtures.department(), Role.CLERK, Role.LEADER);
		for (int i = 0; i < SUBJECTS.length; i++) {
			register((40 + i) + "/SNV-VP", SUBJECTS[i], "NORMAL");
		}
		register("12/CAT-PV01", "Kế hoạch bảo vệ bí mật nhà nước", "MAT");
	}

	private void register(String notation, String subject, String confidentiality) throws Exception {
		mvc.perform(multipart("/api/v1/documents/incoming")
				.file(new MockMultipartFile("file", "van-ban.pdf", "application/pdf", DocumentFlowTest.PDF))
				.param("agencyCode", agency).param("typeCode", "CV").param("notation", notation).param("subject", subject)
				.param("issuerName", "Sở Nội vụ tỉnh Thử Nghiệm").param("issuedOn", today.minusDays(1).toString())
				.param("confidentiality", confidentiality).param("urgency", "KHAN").with(as(clerk)))
				.andExpect(status().isCreated());
	}

	private byte[] download(String path, String user, Object... params) throws Exception {
		return downloadFor(path, agency, user, params);
	}

	private byte[] downloadFor(String path, String agencyCode, String user, Object... params) throws Exception {
		var request = get(path).param("agency", agencyCode).with(as(user));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param((String) params[i], params[i + 1].toString());
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

	@Test
	void theIncomingRegisterPrintsAsAPdfWithItsRowsInNumberOrder() throws Exception {
		mvc.perform(get("/api/v1/documents/registers/incoming.pdf").param("agency", agency).with(as(clerk)))
				.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
				.andExpect(header().string("Content-Disposition",
						org.hamcrest.Matchers.containsString("so-van-ban-den-" + today.getYear())));
		byte[] pdf = download("/api/v1/documents/registers/incoming.pdf", clerk, "year", today.getYear());
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
		}
		String text = text(pdf);
		assertThat(text).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "Năm " + today.getYear(), "Tên loại và trích yếu nội dung",
				"Sở Nội vụ tỉnh Thử Nghiệm", "Khẩn");
		// Rows may wrap inside their cells: compare without spaces, in the order the numbers run.
		String flat = text.replace(" ", "");
		int previous = -1;
		for (int i = 0; i < SUBJECTS.length; i++) {
			int at = flat.indexOf(("Công văn: " + SUBJECTS[i]).replace(" ", ""));
			int notation = flat.indexOf((40 + i) + "/SNV-VP");
			assertThat(at).as(SUBJECTS[i]).isGreaterThan(previous);
			assertThat(notation).isGreaterThan(previous).isLessThan(at);
			previous = at;
		}
		assertThat(text).doesNotContain("bí mật nhà nước");

		// The secret register is its own (numbered from 1) and only for the agency's leaders.
		mvc.perform(get("/api/v1/documents/registers/incoming.pdf").param("agency", agency).param("secret", "true")
				.with(as(clerk))).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("document.register.secret-forbidden"));
		String secret = text(download("/api/v1/documents/registers/incoming.pdf", leader, "secret", true));
		assertThat(secret).contains("SỔ ĐĂNG KÝ VĂN BẢN MẬT ĐẾN", "Kế hoạch bảo vệ bí mật nhà nước", "12/CAT-PV01", "Mật")
				.doesNotContain(SUBJECTS[0]);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'document.register.print' and target_id = ?")
				.param(agency).query(Integer.class).single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void theIncomingRegisterIsAlsoASpreadsheetWithTheSameRows() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/documents/registers/incoming.xlsx").param("agency", agency).with(as(leader)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.andReturn().getResponse().getContentAsByteArray();
		Map<String, byte[]> parts = unzip(xlsx);
		assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/styles.xml",
				"xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml");
		parse(parts.get("xl/workbook.xml"));
		parse(parts.get("xl/styles.xml"));
		List<List<String>> rows = rows(parts.get("xl/worksheets/sheet1.xml"));

		assertThat(rows).hasSize(2 + SUBJECTS.length);
		assertThat(rows.get(0).get(0)).startsWith("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN");
		assertThat(rows.get(1)).containsExactly("Số đến", "Ngày đến", "Tác giả", "Số, ký hiệu", "Ngày tháng",
				"Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ký nhận", "Ghi chú");
		long todaySerial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), today);
		for (int i = 0; i < SUBJECTS.length; i++) {
			List<String> row = rows.get(2 + i);
			assertThat(row.get(0)).isEqualTo(Integer.toString(i + 1));
			assertThat(row.get(1)).isEqualTo(Long.toString(todaySerial));
			assertThat(row.get(2)).isEqualTo("Sở Nội vụ tỉnh Thử Nghiệm");
			assertThat(row.get(3)).isEqualTo((40 + i) + "/SNV-VP");
			assertThat(row.get(4)).isEqualTo(Long.toString(todaySerial - 1));
			assertThat(row.get(5)).isEqualTo("Công văn: " + SUBJECTS[i]);
			assertThat(row.get(8)).isEqualTo("Khẩn");
		}
	}

	@Test
	void theOutgoingRegisterListsIssuedDocumentsInTheOrderTheyWereIssued() throws Exception {
		String other = fixtures.department();
		String otherClerk = fixtures.official(other, Role.CLERK);
		long account = jdbc.sql("select id from account where username = ?").param(otherClerk).query(Long.class).single();
		jdbc.sql("insert into document_register (agency_code, direction, secret, name) values (?, 'OUT', false, 'Sổ văn bản đi')")
				.param(other).update();
		long register = jdbc.sql("select id from document_register where agency_code = ? and direction = 'OUT'").param(other)
				.query(Long.class).single();
		long first = issued(other, register, account, 1, "01/QĐ-STN", "QD", "Ban hành quy chế làm việc", "VP", 2);
		long second = issued(other, register, account, 1, "01/STN-TH", "CV", "V/v góp ý dự thảo kế hoạch", "TH", 1);
		assertThat(second).isGreaterThan(first);

		byte[] xlsx = downloadFor("/api/v1/documents/registers/outgoing.xlsx", other, otherClerk);
		List<List<String>> rows = rows(unzip(xlsx).get("xl/worksheets/sheet1.xml"));
		assertThat(rows).hasSize(4);
		assertThat(rows.get(1)).containsExactly("Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung",
				"Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu", "Số lượng bản", "Ghi chú");
		assertThat(rows.get(2)).startsWith("01/QĐ-STN").contains("Quyết định: Ban hành quy chế làm việc", "Nguyễn Văn Ký",
				"Nơi nhận 1; Nơi nhận 2", "2");
		assertThat(rows.get(3)).startsWith("01/STN-TH").contains("Công văn: V/v góp ý dự thảo kế hoạch", "1");
		String pdf = text(downloadFor("/api/v1/documents/registers/outgoing.pdf", other, otherClerk));
		assertThat(pdf).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI", "Người ký");
		assertThat(pdf.indexOf("01/QĐ-STN")).isLessThan(pdf.indexOf("01/STN-TH"));
	}

	/** An issued outgoing document put straight into the register, with its recipients and issue event. */
	private long issued(String agencyCode, long register, long account, int number, String notation, String type,
			String subject, String unit, int recipients) {
		long id = jdbc.sql("""
				insert into document (agency_code, direction, register_id, year, number, notation, type_code, subject,
				  issuer_name, issued_on, status, signer_name, source, drafting_unit, created_by, created_at)
				values (?, 'OUT', ?, ?, ?, ?, ?, ?, 'Sở Thử nghiệm', ?, 'ISSUED', 'Nguyễn Văn Ký', 'DRAFT', ?, ?, now())
				returning id""")
				.params(agencyCode, register, (short) today.getYear(), number, notation, type, subject, today, unit, account)
				.query(Long.class).single();
		for (int i = 1; i <= recipients; i++) {
			jdbc.sql("insert into document_recipient (document_id, agency_code, name, internal) values (?, ?, ?, false)")
					.params(id, "000.00.00.G0" + i, "Nơi nhận " + i).update();
		}
		jdbc.sql("""
				insert into document_event (document_id, at, actor_id, actor_name, action, from_status, to_status)
				values (?, now(), ?, 'Văn thư', 'ISSUE', 'APPROVED', 'ISSUED')""").params(id, account).update();
		return id;
	}

	@Test
	void onlyTheAgencysClerksAndLeadersPrintItsRegisters() throws Exception {
		for (String path : List.of("/api/v1/documents/registers/incoming.pdf", "/api/v1/documents/registers/outgoing.xlsx")) {
			mvc.perform(get(path).param("agency", agency).with(as(specialist))).andExpect(status().isForbidden())
					.andExpect(jsonPath("$.code").value("document.register.forbidden"));
			mvc.perform(get(path).param("agency", agency).with(as(outsideClerk))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/documents/registers/incoming.pdf").param("agency", agency)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/documents/registers/sideways.pdf").param("agency", agency).with(as(clerk)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("document.register.direction"));
		mvc.perform(get("/api/v1/documents/registers/incoming.pdf").param("agency", agency).param("year", "1999")
				.with(as(clerk))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("document.register.year"));
		mvc.perform(get("/api/v1/documents/registers/incoming.xlsx").with(as(clerk))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("agency"));
	}

	@Test
	void aRegisterOfTenThousandDocumentsStreamsOut() throws Exception {
		String big = fixtures.department();
		String bigClerk = fixtures.official(big, Role.CLERK);
		jdbc.sql("insert into document_register (agency_code, direction, secret, name) values (?, 'IN', false, 'Sổ văn bản đến')")
				.param(big).update();
		jdbc.sql("""
				insert into document (agency_code, direction, register_id, year, number, notation, type_code, subject,
				  issuer_name, issued_on, arrived_at, status, source, created_by, created_at)
				select r.agency_code, 'IN', r.id, ?, g, g || '/UBND-VP', 'CV',
				  'Về việc kiểm thử sổ văn bản đến, văn bản số ' || g || ' gửi các phòng, ban chuyên môn',
				  'Ủy ban nhân dân xã Thử Nghiệm', ?, now(), 'REGISTERED', 'UPLOAD',
				  (select id from account where username = ?), now()
				from generate_series(1, 10000) g, document_register r where r.agency_code = ? and r.direction = 'IN'""")
				.params((short) today.getYear(), today, bigClerk, big).update();

		byte[] xlsx = downloadFor("/api/v1/documents/registers/incoming.xlsx", big, bigClerk);
		List<List<String>> rows = rows(unzip(xlsx).get("xl/worksheets/sheet1.xml"));
		assertThat(rows).hasSize(10_002);
		assertThat(rows.get(2).get(0)).isEqualTo("1");
		assertThat(rows.get(10_001).get(0)).isEqualTo("10000");
		assertThat(rows.get(10_001).get(3)).isEqualTo("10000/UBND-VP");

		byte[] pdf = downloadFor("/api/v1/documents/registers/incoming.pdf", big, bigClerk);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(100);
			PDFTextStripper last = new PDFTextStripper();
			last.setStartPage(doc.getNumberOfPages());
			assertThat(last.getText(doc)).contains("10000/UBND-VP").doesNotContain("10001/");
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> parts = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				parts.put(e.getName(), in.readAllBytes());
			}
		}
		return parts;
	}

	private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	/** The sheet's rows as cell texts: inline strings as written, numbers (and date serials) as their value. */
	private static List<List<String>> rows(byte[] sheet) throws Exception {
		String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
		NodeList rowNodes = parse(sheet).getElementsByTagNameNS(ns, "row");
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r < rowNodes.getLength(); r++) {
			Element row = (Element) rowNodes.item(r);
			assertThat(row.getAttribute("r")).isEqualTo(Integer.toString(r + 1));
			NodeList cells = row.getElementsByTagNameNS(ns, "c");
			List<String> values = new ArrayList<>();
			for (int c = 0; c < cells.getLength(); c++) {
				Element cell = (Element) cells.item(c);
				String tag = "inlineStr".equals(cell.getAttribute("t")) ? "t" : "v";
				values.add(cell.getElementsByTagNameNS(ns, tag).item(0).getTextContent());
			}
			rows.add(values);
		}
		return rows;
	}
}

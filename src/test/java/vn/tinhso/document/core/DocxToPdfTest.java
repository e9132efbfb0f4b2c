package vn.tinhso.document.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tinhso.document.DocxFiles.document;
import static vn.tinhso.document.DocxFiles.paragraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.tinhso.document.DocxFiles;

/** The converter on its own: what it keeps of a Word file, what it skips, and the limits it enforces. */
class DocxToPdfTest {

	private static byte[] convert(String body) {
		byte[] main = DocxPackage.mainPart(DocxFiles.docx(body));
		return DocxToPdf.convert(main);
	}

	private static String text(byte[] pdf, int page) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
		}
	}

	private static int pages(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return doc.getNumberOfPages();
		}
	}

	@Test
	void pageBreaksTabsCapsEntitiesAndHiddenTextAreHonoured() throws IOException {
		byte[] pdf = convert("<w:p><w:r><w:t>Số:</w:t><w:tab/><w:t>05/QĐ-UBND</w:t></w:r></w:p>" + paragraph("Hà Nội", "<w:caps/>")
				+ paragraph("Sở Tài chính &amp; Kế hoạch", "") + paragraph("bí mật", "<w:vanish/>")
				+ "<w:p><w:r><w:t>Trang một</w:t></w:r><w:r><w:br w:type=\"page\"/><w:t>Trang hai</w:t></w:r></w:p>"
				+ paragraph("Chương mới", "<w:pageBreakBefore/>", ""));
		assertThat(pages(pdf)).isEqualTo(3);
		String first = text(pdf, 1);
		assertThat(first).contains("Số: 05/QĐ-UBND", "HÀ NỘI", "Sở Tài chính & Kế hoạch", "Trang một")
				.doesNotContain("bí mật", "Trang hai");
		assertThat(text(pdf, 2)).isEqualTo("Trang hai");
		assertThat(text(pdf, 3)).isEqualTo("Chương mới");
	}

	@Test
	void drawingsAndTextBoxesAreSkippedAndUnknownCharactersPrintAsQuestionMarks() throws IOException {
		String drawing = "<w:p><w:r><w:t xml:space=\"preserve\">Trước hình </w:t></w:r><w:r><w:drawing><wp:inline "
				+ "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:txbxContent>"
				+ "<w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>"
				+ "<w:r><w:t>sau hình</w:t></w:r></w:p>";
		byte[] pdf = convert(drawing + paragraph("Chữ Hán 漢 ở đây", ""));
		assertThat(text(pdf, 1)).contains("Trước hình sau hình", "Chữ Hán ? ở đây").doesNotContain("Hộp chữ");
	}

	@Test
	void anEmptyBodyIsOneBlankPageAndLongWordsAndTallRowsContinue() throws IOException {
		assertThat(pages(convert(""))).isEqualTo(1);
		String word = "a".repeat(400);
		byte[] pdf = convert(paragraph(word, ""));
		assertThat(text(pdf, 1).replace(" ", "")).isEqualTo(word);

		StringBuilder tall = new StringBuilder("<w:tbl><w:tr><w:tc>");
		for (int i = 1; i <= 70; i++) {
			tall.append(paragraph("Dòng " + i, ""));
		}
		tall.append("</w:tc><w:tc>").append(paragraph("Bên phải", "")).append("</w:tc></w:tr></w:tbl>");
		byte[] table = convert(tall.toString());
		assertThat(pages(table)).isEqualTo(2);
		assertThat(text(table, 1)).contains("Dòng 1", "Bên phải").doesNotContain("Dòng 70");
		assertThat(text(table, 2)).contains("Dòng 70");
	}

	@Test
	void limitsMakeTheFileUnreadable() {
		StringBuilder breaks = new StringBuilder("<w:p>");
		for (int i = 0; i < DocxLayout.MAX_PAGES + 5; i++) {
			breaks.append("<w:r><w:t>x</w:t><w:br w:type=\"page\"/></w:r>");
		}
		assertThatThrownBy(() -> convert(breaks + "</w:p>")).isInstanceOf(UnreadableDocx.class)
				.extracting(e -> ((UnreadableDocx) e).code()).isEqualTo("document.docx.too-long");

		Map<String, byte[]> many = new LinkedHashMap<>(DocxFiles.parts(document("")));
		for (int i = 0; i < DocxPackage.MAX_ENTRIES; i++) {
			many.put("word/media/e" + i + ".bin", new byte[] { 1 });
		}
		assertThatThrownBy(() -> DocxPackage.mainPart(DocxFiles.zip(many))).isInstanceOf(UnreadableDocx.class);

		StringBuilder deep = new StringBuilder();
		for (int i = 0; i < 100; i++) {
			deep.append("<w:sdt><w:sdtContent>");
		}
		assertThatThrownBy(() -> convert(deep + "</w:sdtContent></w:sdt>".repeat(100)))
				.isInstanceOf(UnreadableDocx.class);
		assertThat(DocxPackage.mainPart(DocxFiles.zip(Map.of("a.txt", "x".getBytes(StandardCharsets.UTF_8))))).isNull();
	}
}

package vn.tinhso.procedure.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-page blank form as a Word document (the demo's stand-in for an official form, editable by the
 * citizen): form number, national motto, the paper's name, the procedure it serves, dotted lines to
 * fill in, the declaration and a signature block. A4 with the margins of Decree 30/2020, Times New Roman
 * 13 pt. Written as plain OOXML parts, so making one takes well under a millisecond.
 */
final class BlankForm {

	/** Text width in twentieths of a point: A4 (11906) less the 3 cm left and 2 cm right margins. */
	private static final int TEXT_WIDTH = 11906 - 1701 - 1134;

	private final StringBuilder body = new StringBuilder();

	private BlankForm() {
	}

	static byte[] docx(String formNumber, String paper, String procedure, List<String> fields) {
		BlankForm form = new BlankForm();
		form.paragraph("right", 0, false, true, 22, formNumber);
		form.paragraph("center", 0, true, false, 26, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		form.paragraph("center", 0, true, false, 26, "Độc lập - Tự do - Hạnh phúc");
		form.paragraph("center", 0, false, false, 26, "");
		form.paragraph("center", 0, true, false, 28, paper.toUpperCase(Locale.forLanguageTag("vi")));
		form.paragraph("center", 0, false, true, 24, "(Dùng cho thủ tục: " + procedure + ")");
		form.paragraph("center", 0, false, false, 26, "");
		form.dotted("Kính gửi: ");
		fields.forEach(form::dotted);
		form.dotted("Nội dung đề nghị: ");
		form.dotted("");
		form.dotted("");
		form.dotted("Giấy tờ kèm theo: ");
		form.paragraph("both", 0, false, false, 26, "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và "
				+ "chịu trách nhiệm trước pháp luật về lời khai của mình.");
		form.paragraph("center", TEXT_WIDTH / 2, false, true, 26, "......., ngày ..... tháng ..... năm .......");
		form.paragraph("center", TEXT_WIDTH / 2, true, false, 26, "NGƯỜI YÊU CẦU");
		form.paragraph("center", TEXT_WIDTH / 2, false, true, 26, "(Ký, ghi rõ họ tên)");
		form.paragraph("left", 0, false, false, 26, "");
		form.paragraph("left", 0, false, true, 18, "Mẫu minh họa do hệ thống TinhSo tạo cho dữ liệu trình diễn.");
		return form.zip();
	}

	/** A label followed by dots up to the right margin (a right tab with a dot leader). */
	private void dotted(String label) {
		body.append("<w:p><w:pPr><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"").append(TEXT_WIDTH)
				.append("\"/></w:tabs><w:spacing w:before=\"60\" w:after=\"60\"/></w:pPr><w:r><w:t xml:space=\"preserve\">")
				.append(escape(label)).append("</w:t></w:r><w:r><w:tab/></w:r></w:p>");
	}

	private void paragraph(String align, int indent, boolean bold, boolean italic, int halfPoints, String text) {
		// WordprocessingML fixes the order of paragraph properties: indentation comes before alignment.
		body.append("<w:p><w:pPr>");
		if (indent > 0) {
			body.append("<w:ind w:left=\"").append(indent).append("\"/>");
		}
		body.append("<w:jc w:val=\"").append(align).append("\"/></w:pPr><w:r><w:rPr>").append(bold ? "<w:b/>" : "")
				.append(italic ? "<w:i/>" : "").append("<w:sz w:val=\"").append(halfPoints).append("\"/></w:rPr>")
				.append("<w:t xml:space=\"preserve\">").append(escape(text)).append("</w:t></w:r></w:p>");
	}

	private byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			part(zip, "[Content_Types].xml", """
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/word/document.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
					<Override PartName="/word/styles.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>""");
			part(zip, "_rels/.rels", relationships("officeDocument", "word/document.xml"));
			part(zip, "word/_rels/document.xml.rels", relationships("styles", "styles.xml"));
			part(zip, "word/styles.xml", """
					<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults>\
					<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" \
					w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:lang w:val="vi-VN"/>\
					</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault>\
					</w:docDefaults></w:styles>""");
			part(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
					+ "<w:body>" + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
					+ "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"720\" "
					+ "w:footer=\"720\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static String relationships(String type, String target) {
		return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
				+ type + "\" Target=\"" + target + "\"/></Relationships>";
	}

	private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}

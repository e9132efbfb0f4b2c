package vn.tinhso.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small but valid Word packages (.docx) in tests, and broken ones. */
public final class DocxFiles {

	public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
			<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
			<Default Extension="xml" ContentType="application/xml"/>
			<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
			</Types>""";
	private static final String RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
			<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
			</Relationships>""";

	private DocxFiles() {
	}

	/** A package whose document body is {@code body} (WordprocessingML, prefix w). */
	public static byte[] docx(String body) {
		return zip(parts(document(body)));
	}

	/** The three parts of a minimal package, main part last, to change before zipping. */
	public static Map<String, byte[]> parts(String documentXml) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
		parts.put("_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
		parts.put("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
		return parts;
	}

	public static String document(String body) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
				+ "\"><w:body>" + body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
	}

	public static byte[] zip(Map<String, byte[]> parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** A package with an extra entry of {@code megabytes} zeros: a few kilobytes that inflate enormously. */
	public static byte[] bomb(String entry, int megabytes) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> part : parts(document(paragraph("Bom", ""))).entrySet()) {
				if (part.getKey().equals(entry)) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(entry));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** A paragraph of one run; {@code pPr} and {@code rPr} are inner property elements (may be ""). */
	public static String paragraph(String text, String rPr) {
		return paragraph(text, "", rPr);
	}

	public static String paragraph(String text, String pPr, String rPr) {
		return "<w:p><w:pPr>" + pPr + "</w:pPr><w:r><w:rPr>" + rPr + "</w:rPr><w:t xml:space=\"preserve\">" + text
				+ "</w:t></w:r></w:p>";
	}

	/** A table with borders of the given rows of cell texts. */
	public static String table(String[][] rows) {
		StringBuilder t = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
		for (int i = 0; i < rows[0].length; i++) {
			t.append("<w:gridCol w:w=\"").append(4500).append("\"/>");
		}
		t.append("</w:tblGrid>");
		for (String[] row : rows) {
			t.append("<w:tr>");
			for (String cell : row) {
				t.append("<w:tc><w:tcPr><w:tcW w:w=\"4500\" w:type=\"dxa\"/></w:tcPr>").append(paragraph(cell, ""))
						.append("</w:tc>");
			}
			t.append("</w:tr>");
		}
		return t.append("</w:tbl>").toString();
	}
}

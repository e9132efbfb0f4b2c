package vn.tinhso.document.register;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A register as an Office Open XML spreadsheet (.xlsx), written by hand: the few parts a workbook needs
 * (content types, relationships, workbook, styles) and one sheet whose rows are written as they arrive,
 * with inline strings, so nothing is held in memory. Row 1 is the title, row 2 the headings (frozen and
 * repeated on printed pages), the documents follow; dates are real dates shown as dd/mm/yyyy.
 */
final class RegisterXlsx implements RegisterSink {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
	private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

	/** Cell styles, by their index in styles.xml. */
	private static final int HEADING = 1;
	private static final int DATE = 2;
	private static final int TEXT = 3;
	private static final int TITLE = 4;

	private final ZipOutputStream zip;
	private final Writer sheet;
	private final int columns;
	private int rowNumber;

	RegisterXlsx(RegisterSpec spec, OutputStream target) throws IOException {
		List<RegisterColumns.Column> cols = RegisterColumns.of(spec.direction());
		this.columns = cols.size();
		this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
		String sheetName = spec.direction() == vn.tinhso.document.core.Direction.IN ? "Sổ văn bản đến" : "Sổ văn bản đi";
		part("[Content_Types].xml", """
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
				<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
				<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
				</Types>""");
		part("_rels/.rels", """
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>""".formatted(REL));
		part("xl/workbook.xml", """
				<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>\
				<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'%s'!$2:$2</definedName></definedNames>\
				</workbook>""".formatted(MAIN, REL, escape(sheetName), escape(sheetName)));
		part("xl/_rels/workbook.xml.rels", """
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" Type="%1$s/worksheet" Target="worksheets/sheet1.xml"/>\
				<Relationship Id="rId2" Type="%1$s/styles" Target="styles.xml"/></Relationships>""".formatted(REL));
		part("xl/styles.xml", STYLES.formatted(MAIN));

		zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
		this.sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\">"
				+ "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
		sheet.write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\""
				+ " state=\"frozen\"/></sheetView></sheetViews><cols>");
		for (int i = 0; i < columns; i++) {
			sheet.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + Math.round(cols.get(i).share() * 1.2 + 4)
					+ "\" customWidth=\"1\"/>");
		}
		sheet.write("</cols><sheetData>");
		write(List.of(spec.title() + " — " + spec.agencyName() + " — NĂM " + spec.year()), TITLE);
		write(cols.stream().map(c -> (Object) c.heading()).toList(), HEADING);
	}

	@Override
	public void row(List<Object> cells) throws IOException {
		write(cells, TEXT);
	}

	@Override
	public void finish() throws IOException {
		sheet.write("</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:" + column(columns - 1) + "1\"/></mergeCells>");
		sheet.write("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>");
		sheet.write("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>");
		sheet.flush();
		zip.closeEntry();
		zip.finish();
	}

	private void write(List<Object> cells, int style) throws IOException {
		rowNumber++;
		StringBuilder row = new StringBuilder(256).append("<row r=\"").append(rowNumber).append("\">");
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			String ref = column(i) + rowNumber;
			if (value instanceof Number n) {
				row.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\"><v>").append(n.longValue())
						.append("</v></c>");
			}
			else if (value instanceof LocalDate d) {
				row.append("<c r=\"").append(ref).append("\" s=\"").append(DATE).append("\"><v>")
						.append(ChronoUnit.DAYS.between(EPOCH, d)).append("</v></c>");
			}
			else {
				String text = value == null ? "" : value.toString();
				row.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\" t=\"inlineStr\"><is><t")
						.append(text.isEmpty() || text.strip().length() != text.length() ? " xml:space=\"preserve\"" : "")
						.append('>').append(escape(text)).append("</t></is></c>");
			}
		}
		sheet.write(row.append("</row>").toString());
	}

	private void part(String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** A, B, … Z, AA, AB …: the column's letters for 0-based {@code index}. */
	static String column(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	/** Text safe inside XML: markup characters escaped, characters XML 1.0 does not allow left out. */
	static String escape(String text) {
		StringBuilder sb = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(cp -> {
			switch (cp) {
				case '&' -> sb.append("&amp;");
				case '<' -> sb.append("&lt;");
				case '>' -> sb.append("&gt;");
				case '"' -> sb.append("&quot;");
				case '\'' -> sb.append("&apos;");
				default -> {
					boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
							|| cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
					if (allowed) {
						sb.appendCodePoint(cp);
					}
				}
			}
		});
		return sb.toString();
	}

	private static final String STYLES = """
			<styleSheet xmlns="%s">\
			<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
			<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font>\
			<font><b/><sz val="14"/><name val="Calibri"/></font></fonts>\
			<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
			<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
			<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>\
			<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
			<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
			<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1">\
			<alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
			<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1">\
			<alignment vertical="top"/></xf>\
			<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">\
			<alignment vertical="top" wrapText="1"/></xf>\
			<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
			<alignment horizontal="center"/></xf></cellXfs>\
			<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";
}

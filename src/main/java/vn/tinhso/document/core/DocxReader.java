package vn.tinhso.document.core;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.tinhso.document.core.DocxModel.Align;
import vn.tinhso.document.core.DocxModel.Block;
import vn.tinhso.document.core.DocxModel.Cell;
import vn.tinhso.document.core.DocxModel.Paragraph;
import vn.tinhso.document.core.DocxModel.Run;
import vn.tinhso.document.core.DocxModel.Style;
import vn.tinhso.document.core.DocxModel.Table;

/**
 * Reads word/document.xml with the JDK's StAX parser into {@link DocxModel}: paragraphs, runs (text, tabs,
 * breaks; bold, italic, underline, size, caps, hidden), paragraph alignment, indents and spacing, tables.
 * Only what it knows is read; anything else (images, text boxes, fields' codes, deleted text, equations) is
 * skipped whole. Styles, numbering, headers and footers live in other parts and are not read. A document
 * type declaration is refused outright, so no entity, internal or external, is ever expanded.
 */
final class DocxReader {

	private static final Set<String> NAMESPACES = Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
			"http://purl.oclc.org/ooxml/wordprocessingml/main");
	/** Elements inside a paragraph whose runs belong to it (links, tracked insertions, content controls…). */
	private static final Set<String> RUN_WRAPPERS = Set.of("hyperlink", "ins", "smartTag", "sdt", "sdtContent",
			"fldSimple", "customXml", "moveTo", "bdo", "dir");
	private static final Set<String> BLOCK_WRAPPERS = Set.of("sdt", "sdtContent", "customXml", "ins", "moveTo");
	private static final int MAX_DEPTH = 64;
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final XMLStreamReader r;

	private DocxReader(XMLStreamReader reader) {
		this.r = reader;
	}

	/** The blocks of the document body, in order. */
	static List<Block> read(byte[] documentXml) {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(documentXml));
			try {
				return new DocxReader(reader).document();
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException | RuntimeException e) {
			if (e instanceof UnreadableDocx u) {
				throw u;
			}
			throw new UnreadableDocx("bad XML: " + e.getMessage());
		}
	}

	private List<Block> document() throws XMLStreamException {
		List<Block> blocks = new ArrayList<>();
		while (r.hasNext()) {
			int event = next();
			if (event == XMLStreamConstants.START_ELEMENT && is("body")) {
				blocks(blocks, 1);
			}
		}
		return blocks;
	}

	/** Paragraphs and tables up to the end of the current element. */
	private void blocks(List<Block> out, int depth) throws XMLStreamException {
		guard(depth);
		while (true) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				return;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			if (is("p")) {
				out.add(paragraph(depth));
			}
			else if (is("tbl")) {
				out.add(table(depth + 1));
			}
			else if (isAny(BLOCK_WRAPPERS)) {
				blocks(out, depth + 1);
			}
			else {
				skip();
			}
		}
	}

	private Paragraph paragraph(int depth) throws XMLStreamException {
		ParagraphProperties props = new ParagraphProperties();
		List<Run> runs = new ArrayList<>();
		int level = 0;
		while (true) {
			int event = next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				if (level-- == 0) {
					return props.toParagraph(runs);
				}
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				if (is("pPr")) {
					paragraphProperties(props);
				}
				else if (is("r")) {
					run(runs);
				}
				else if (isAny(RUN_WRAPPERS)) {
					guard(depth + ++level);
				}
				else {
					skip();
				}
			}
		}
	}

	private void paragraphProperties(ParagraphProperties p) throws XMLStreamException {
		while (nextChild()) {
			if (is("jc")) {
				p.align = switch (value("val")) {
					case "center" -> Align.CENTER;
					case "right", "end" -> Align.RIGHT;
					case "both", "distribute", "lowKashida", "mediumKashida", "highKashida" -> Align.JUSTIFY;
					default -> Align.LEFT;
				};
			}
			else if (is("pageBreakBefore")) {
				p.pageBreakBefore = toggle();
			}
			else if (is("ind")) {
				p.indentLeft = twips(first("left", "start"), 0);
				float hanging = twips(value("hanging"), 0);
				p.firstLine = hanging > 0 ? -hanging : twips(value("firstLine"), 0);
			}
			else if (is("spacing")) {
				p.spaceBefore = twips(value("before"), p.spaceBefore);
				p.spaceAfter = twips(value("after"), p.spaceAfter);
				String rule = value("lineRule");
				if (rule.isEmpty() || rule.equals("auto")) {
					p.lineFactor = clamp(number(value("line"), 240) / 240f, 0.5f, 5f);
				}
			}
			skip();
		}
	}

	/** A run's text in its style; a hidden run adds nothing. */
	private void run(List<Run> out) throws XMLStreamException {
		Style style = Style.PLAIN;
		boolean caps = false;
		boolean hidden = false;
		StringBuilder text = new StringBuilder();
		while (nextChild()) {
			if (is("rPr")) {
				RunProperties props = runProperties();
				style = props.style();
				caps = props.caps();
				hidden = props.hidden();
				continue;
			}
			if (is("t")) {
				text.append(r.getElementText().replace('\r', ' ').replace('\n', ' '));
				continue;
			}
			if (is("tab")) {
				text.append('\t');
			}
			else if (is("br")) {
				text.append("page".equals(value("type")) ? DocxModel.PAGE_BREAK : '\n');
			}
			else if (is("cr")) {
				text.append('\n');
			}
			else if (is("noBreakHyphen")) {
				text.append('-');
			}
			skip();
		}
		if (!hidden && !text.isEmpty()) {
			String t = Normalizer.normalize(text, Normalizer.Form.NFC);
			out.add(new Run(caps ? t.toUpperCase(VIETNAMESE) : t, style));
		}
	}

	private record RunProperties(Style style, boolean caps, boolean hidden) {
	}

	private RunProperties runProperties() throws XMLStreamException {
		boolean bold = false;
		boolean italic = false;
		boolean underline = false;
		boolean caps = false;
		boolean hidden = false;
		float size = DocxModel.DEFAULT_SIZE;
		while (nextChild()) {
			if (is("b")) {
				bold = toggle();
			}
			else if (is("i")) {
				italic = toggle();
			}
			else if (is("u")) {
				underline = !value("val").equals("none");
			}
			else if (is("sz")) {
				size = clamp(number(value("val"), 26) / 2f, 4, 96);
			}
			else if (is("caps")) {
				caps = toggle();
			}
			else if (is("vanish")) {
				hidden = toggle();
			}
			skip();
		}
		return new RunProperties(new Style(bold, italic, underline, size), caps, hidden);
	}

	private Table table(int depth) throws XMLStreamException {
		guard(depth);
		List<Float> columns = new ArrayList<>();
		List<List<Cell>> rows = new ArrayList<>();
		while (nextChild()) {
			if (is("tblGrid")) {
				while (nextChild()) {
					if (is("gridCol")) {
						columns.add(twips(value("w"), 0));
					}
					skip();
				}
			}
			else if (is("tr")) {
				List<Cell> cells = new ArrayList<>();
				while (nextChild()) {
					if (is("tc")) {
						cells.add(cell(depth));
					}
					else {
						skip();
					}
				}
				rows.add(cells);
			}
			else {
				skip();
			}
		}
		return new Table(columns, rows);
	}

	private Cell cell(int depth) throws XMLStreamException {
		int span = 1;
		List<Block> blocks = new ArrayList<>();
		while (nextChild()) {
			if (is("tcPr")) {
				while (nextChild()) {
					if (is("gridSpan")) {
						span = (int) clamp(number(value("val"), 1), 1, 64);
					}
					skip();
				}
			}
			else if (is("p")) {
				blocks.add(paragraph(depth));
			}
			else if (is("tbl")) {
				blocks.add(table(depth + 1));
			}
			else if (isAny(BLOCK_WRAPPERS)) {
				blocks(blocks, depth + 1);
			}
			else {
				skip();
			}
		}
		List<Paragraph> paragraphs = new ArrayList<>();
		flatten(blocks, paragraphs);
		return new Cell(span, paragraphs);
	}

	/** A table inside a cell becomes its cells' paragraphs, row by row. */
	private static void flatten(List<Block> blocks, List<Paragraph> out) {
		for (Block b : blocks) {
			if (b instanceof Paragraph p) {
				out.add(p);
			}
			else if (b instanceof Table t) {
				for (List<Cell> row : t.rows()) {
					for (Cell c : row) {
						out.addAll(c.paragraphs());
					}
				}
			}
		}
	}

	/** Paragraph formatting while it is read. */
	private static final class ParagraphProperties {
		Align align = Align.LEFT;
		boolean pageBreakBefore;
		float indentLeft;
		float firstLine;
		float spaceBefore;
		float spaceAfter = 6;
		float lineFactor = 1;

		Paragraph toParagraph(List<Run> runs) {
			return new Paragraph(List.copyOf(runs), align, pageBreakBefore, indentLeft, firstLine, spaceBefore, spaceAfter,
					lineFactor);
		}
	}

	// StAX helpers: each element handler starts on its START_ELEMENT and returns after its END_ELEMENT.

	private int next() throws XMLStreamException {
		if (!r.hasNext()) {
			throw new UnreadableDocx("document ends early");
		}
		int event = r.next();
		if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
				|| event == XMLStreamConstants.ENTITY_DECLARATION) {
			throw new UnreadableDocx("document type declarations are not accepted");
		}
		return event;
	}

	/** Moves to the next child element of the current one; false (after its end) when there is none. */
	private boolean nextChild() throws XMLStreamException {
		while (true) {
			int event = next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				return false;
			}
		}
	}

	/** Skips the current element with everything inside it. */
	private void skip() throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				guard(++depth);
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private static void guard(int depth) {
		if (depth > MAX_DEPTH) {
			throw new UnreadableDocx("nested too deep");
		}
	}

	private boolean is(String local) {
		return local.equals(r.getLocalName()) && NAMESPACES.contains(r.getNamespaceURI());
	}

	private boolean isAny(Set<String> locals) {
		return locals.contains(r.getLocalName()) && NAMESPACES.contains(r.getNamespaceURI());
	}

	/** A WordprocessingML attribute of the current element, "" when absent. */
	private String value(String local) {
		for (int i = 0; i < r.getAttributeCount(); i++) {
			if (local.equals(r.getAttributeLocalName(i)) && NAMESPACES.contains(r.getAttributeNamespace(i))) {
				return r.getAttributeValue(i).strip();
			}
		}
		return "";
	}

	private String first(String local, String other) {
		String v = value(local);
		return v.isEmpty() ? value(other) : v;
	}

	/** An on/off property: present means on unless its value says otherwise. */
	private boolean toggle() {
		return !Set.of("0", "false", "off").contains(value("val"));
	}

	private static float twips(String value, float otherwise) {
		return value.isEmpty() ? otherwise : clamp(number(value, 0) / 20f, -500, 2000);
	}

	private static float number(String value, float otherwise) {
		try {
			return value.isEmpty() ? otherwise : Float.parseFloat(value);
		}
		catch (NumberFormatException e) {
			return otherwise;
		}
	}

	private static float clamp(float v, float min, float max) {
		return Float.isNaN(v) ? min : Math.max(min, Math.min(max, v));
	}
}

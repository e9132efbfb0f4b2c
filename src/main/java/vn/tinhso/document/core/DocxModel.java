package vn.tinhso.document.core;

import java.util.List;

/**
 * What the converter keeps of a Word document: paragraphs of styled runs and simple tables. A run's text
 * may hold a tab ({@code \t}), a line break ({@code \n}) or a page break ({@link #PAGE_BREAK}).
 */
final class DocxModel {

	static final char PAGE_BREAK = '\f';
	static final float DEFAULT_SIZE = 13;

	private DocxModel() {
	}

	enum Align {
		LEFT, CENTER, RIGHT, JUSTIFY
	}

	/** Character formatting; {@code size} in points. */
	record Style(boolean bold, boolean italic, boolean underline, float size) {

		static final Style PLAIN = new Style(false, false, false, DEFAULT_SIZE);
	}

	record Run(String text, Style style) {
	}

	sealed interface Block permits Paragraph, Table {
	}

	/**
	 * A paragraph; indents and spacing in points, {@code lineFactor} the line spacing as a multiple of single.
	 */
	record Paragraph(List<Run> runs, Align align, boolean pageBreakBefore, float indentLeft, float firstLine,
			float spaceBefore, float spaceAfter, float lineFactor) implements Block {
	}

	/** A table: its grid column widths in points (empty when unknown) and rows of cells. */
	record Table(List<Float> columns, List<List<Cell>> rows) implements Block {
	}

	/** A cell spanning {@code span} grid columns; nested tables are flattened into its paragraphs. */
	record Cell(int span, List<Paragraph> paragraphs) {
	}
}

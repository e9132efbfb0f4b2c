package vn.tinhso.document.core;

import java.util.ArrayList;
import java.util.List;

import vn.tinhso.document.core.DocxModel.Align;
import vn.tinhso.document.core.DocxModel.Paragraph;
import vn.tinhso.document.core.DocxModel.Run;
import vn.tinhso.document.core.DocxModel.Style;

/**
 * Breaks a paragraph into lines of a given width by the measured width of its words: greedy, at spaces,
 * a word wider than the line split between characters. Lines are aligned (left, centre, right) or, when
 * the paragraph is justified, the gaps of every wrapped line are widened to fill it. Tabs stop every
 * half inch. Positions are relative to the left of the paragraph's box.
 */
final class TextLines {

	/** Ascent and height of a line, per point of font size (DejaVu Sans). */
	static final float ASCENT = 0.93f;
	static final float SINGLE = 1.17f;
	private static final float TAB_STOP = 36;

	/** A piece of text of one style drawn at {@code x}. */
	record Placed(String text, Style style, float x, float width) {
	}

	/** A line: its pieces, the largest font size on it, its height, and whether a page break follows. */
	record Line(List<Placed> pieces, float size, float height, boolean pageBreakAfter) {

		float ascent() {
			return size * ASCENT;
		}
	}

	/** A piece placed on the line being built; {@code gaps} counts the word gaps before it (for justifying). */
	private record Item(String text, Style style, float x, float width, int gaps) {
	}

	private record Fragment(String text, Style style, float width) {
	}

	private final Paragraph paragraph;
	private final float width;
	private final DocxFonts fonts;
	private final List<Line> lines = new ArrayList<>();
	private final List<Item> items = new ArrayList<>();
	private final List<Fragment> word = new ArrayList<>();
	private float start;
	private float available;
	private float x;
	private float pendingSpace;
	private int gaps;
	private boolean hasTab;
	private float maxSize;
	private float lastSize = DocxModel.DEFAULT_SIZE;

	private TextLines(Paragraph paragraph, float width, DocxFonts fonts) {
		this.paragraph = paragraph;
		this.width = width;
		this.fonts = fonts;
		startLine(paragraph.indentLeft() + paragraph.firstLine());
	}

	static List<Line> of(Paragraph paragraph, float width, DocxFonts fonts) {
		return new TextLines(paragraph, width, fonts).lines();
	}

	private List<Line> lines() {
		for (Run run : paragraph.runs()) {
			Style style = run.style();
			lastSize = style.size();
			StringBuilder fragment = new StringBuilder();
			String text = run.text();
			for (int i = 0; i < text.length(); ) {
				int cp = text.codePointAt(i);
				i += Character.charCount(cp);
				if (cp != ' ' && cp != '\t' && cp != '\n' && cp != DocxModel.PAGE_BREAK) {
					fragment.appendCodePoint(cp);
					continue;
				}
				addFragment(fragment, style);
				placeWord();
				if (cp == ' ') {
					pendingSpace += fonts.width(" ", style);
				}
				else if (cp == '\t') {
					tab();
				}
				else {
					endLine(false, cp == DocxModel.PAGE_BREAK);
				}
			}
			addFragment(fragment, style);
		}
		placeWord();
		endLine(false, false);
		return lines;
	}

	private void addFragment(StringBuilder fragment, Style style) {
		if (!fragment.isEmpty()) {
			String printable = fonts.printable(fragment.toString(), style);
			word.add(new Fragment(printable, style, fonts.width(printable, style)));
			fragment.setLength(0);
		}
	}

	/** Puts the word being read on this line, on the next, or across lines when no line can hold it. */
	private void placeWord() {
		if (word.isEmpty()) {
			return;
		}
		float w = word.stream().map(Fragment::width).reduce(0f, Float::sum);
		if (!items.isEmpty() && x + pendingSpace + w > available) {
			endLine(true, false);
		}
		boolean fits = x + pendingSpace + w <= available;
		skipSpace();
		for (Fragment f : word) {
			if (fits) {
				put(f.text(), f.style(), f.width());
			}
			else {
				split(f);
			}
		}
		word.clear();
	}

	/** Moves past the spaces typed before the next word, counting the gap when the line has words already. */
	private void skipSpace() {
		if (!items.isEmpty() && pendingSpace > 0) {
			gaps++;
		}
		x += pendingSpace;
		pendingSpace = 0;
	}

	/** A fragment too long for a line, character by character. */
	private void split(Fragment f) {
		StringBuilder part = new StringBuilder();
		float partWidth = 0;
		String text = f.text();
		for (int i = 0; i < text.length(); ) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			String ch = new String(Character.toChars(cp));
			float cw = fonts.width(ch, f.style());
			if (x + partWidth + cw > available && (partWidth > 0 || !items.isEmpty())) {
				put(part.toString(), f.style(), partWidth);
				endLine(false, false);
				part.setLength(0);
				partWidth = 0;
			}
			part.append(ch);
			partWidth += cw;
		}
		put(part.toString(), f.style(), partWidth);
	}

	private void put(String text, Style style, float w) {
		if (text.isEmpty()) {
			return;
		}
		items.add(new Item(text, style, x, w, gaps));
		x += w;
		maxSize = Math.max(maxSize, style.size());
	}

	private void tab() {
		float next = ((float) Math.floor((start + x + pendingSpace) / TAB_STOP) + 1) * TAB_STOP - start;
		pendingSpace = 0;
		if (next > available) {
			endLine(false, false);
			next = ((float) Math.floor(start / TAB_STOP) + 1) * TAB_STOP - start;
		}
		x = Math.min(next, available);
		hasTab = true;
	}

	/** Finishes the line being built; {@code wrapped} when the paragraph goes on (so it may be justified). */
	private void endLine(boolean wrapped, boolean pageBreak) {
		float size = items.isEmpty() ? lastSize : maxSize;
		float free = Math.max(0, available - x);
		float offset = start;
		float extra = 0;
		Align align = paragraph.align();
		if (align == Align.CENTER) {
			offset += free / 2;
		}
		else if (align == Align.RIGHT) {
			offset += free;
		}
		else if (align == Align.JUSTIFY && wrapped && !hasTab && gaps > 0) {
			extra = free / gaps;
		}
		List<Placed> placed = new ArrayList<>(items.size());
		for (Item i : items) {
			placed.add(new Placed(i.text(), i.style(), offset + i.x() + extra * i.gaps(), i.width()));
		}
		lines.add(new Line(placed, size, size * SINGLE * paragraph.lineFactor(), pageBreak));
		items.clear();
		startLine(paragraph.indentLeft());
	}

	private void startLine(float indent) {
		start = Math.max(0, Math.min(indent, width - 24));
		available = Math.max(12, width - start);
		x = 0;
		pendingSpace = 0;
		gaps = 0;
		hasTab = false;
		maxSize = 0;
	}
}

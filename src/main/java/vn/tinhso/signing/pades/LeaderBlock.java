package vn.tinhso.signing.pades;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A leader's signature: title line(s), the signature image, the name — top to bottom, centred. */
record LeaderBlock(BlockLayout layout, List<String> title, String name, byte[] png) implements Appearance {

	LeaderBlock {
		title = List.copyOf(title);
	}

	@Override
	public Box field() {
		return layout.block();
	}

	@Override
	public void paint(PDDocument template, PDPageContentStream out) throws IOException {
		Box origin = layout.block();
		PDFont bold = Fonts.bold(template);
		Painter.centredLines(out, bold, title, layout.titleBand().relativeTo(origin), 11f, false);
		Painter.image(out, template, png, layout.imageBox().relativeTo(origin));
		Painter.centredLines(out, bold, List.of(name), layout.nameBand().relativeTo(origin), 11f, true);
	}

	/** "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": one line each. */
	static List<String> titleLines(String titleLine) {
		if (titleLine == null || titleLine.isBlank()) {
			return List.of();
		}
		String separator = titleLine.contains("\n") ? "\\R" : "\\s+/\\s+";
		return java.util.Arrays.stream(titleLine.strip().split(separator)).map(String::strip)
				.filter(s -> !s.isEmpty()).limit(4).toList();
	}
}

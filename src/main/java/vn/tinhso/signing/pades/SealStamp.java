package vn.tinhso.signing.pades;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The agency's red seal, a transparent PNG filling its square field. */
record SealStamp(Box field, byte[] png) implements Appearance {

	@Override
	public void paint(PDDocument template, PDPageContentStream out) throws IOException {
		Painter.image(out, template, png, new Box(0, 0, field.w(), field.h()));
	}
}

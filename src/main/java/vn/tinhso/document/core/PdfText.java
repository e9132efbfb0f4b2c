package vn.tinhso.document.core;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.tinhso.platform.VietnameseText;

/**
 * The text of a PDF for search, folded like the queries. Bounded (pages and characters) so that a huge
 * document cannot stall a registration; a scan without a text layer or a broken file simply yields nothing.
 */
final class PdfText {

	static final int MAX_PAGES = 50;
	static final int MAX_CHARS = 100_000;

	private PdfText() {
	}

	static String folded(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(Math.min(MAX_PAGES, doc.getNumberOfPages()));
			String text = stripper.getText(doc);
			return VietnameseText.fold(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text)
					.replaceAll("\\s+", " ").strip();
		}
		catch (IOException | RuntimeException e) {
			return "";
		}
	}
}

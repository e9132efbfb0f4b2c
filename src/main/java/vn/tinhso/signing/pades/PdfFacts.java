package vn.tinhso.signing.pades;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import vn.tinhso.files.FileType;
import vn.tinhso.platform.DomainException;

/** What signing needs to know of a PDF before DSS sees it: that it is one, and its page boxes. */
record PdfFacts(List<Box> pages, boolean encrypted) {

	static PdfFacts read(byte[] pdf) {
		if (pdf == null || FileType.detect(pdf).filter(FileType.PDF::equals).isEmpty()) {
			throw DomainException.invalid("signing.not-a-pdf");
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<Box> boxes = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDRectangle media = page.getMediaBox();
				boxes.add(new Box(media.getLowerLeftX(), media.getLowerLeftY(), media.getWidth(), media.getHeight()));
			}
			if (boxes.isEmpty()) {
				throw DomainException.invalid("signing.not-a-pdf");
			}
			return new PdfFacts(List.copyOf(boxes), document.isEncrypted());
		}
		catch (IOException e) {
			throw DomainException.invalid("signing.not-a-pdf");
		}
	}

	static PdfFacts forSigning(byte[] pdf) {
		PdfFacts facts = read(pdf);
		if (facts.encrypted()) {
			throw DomainException.invalid("signing.pdf-encrypted");
		}
		return facts;
	}

	/** The 0-based page index of a requested page (-1: the last). */
	int pageIndex(int requested) {
		int index = requested < 0 ? pages.size() - 1 : requested;
		if (index >= pages.size()) {
			throw DomainException.invalid("signing.place-outside-page");
		}
		return index;
	}

	void requireInside(int page, Box box) {
		Box media = pages.get(page);
		if (box.x() < media.x() || box.y() < media.y() || box.right() > media.right() || box.top() > media.top()) {
			throw DomainException.invalid("signing.place-outside-page");
		}
	}

	/** The box pushed back onto the page if it sticks out (a seal near the left margin). */
	Box keepInside(int page, Box box) {
		Box media = pages.get(page);
		float x = Math.max(media.x(), Math.min(box.x(), media.right() - box.w()));
		float y = Math.max(media.y(), Math.min(box.y(), media.top() - box.h()));
		return box.movedTo(x, y);
	}
}

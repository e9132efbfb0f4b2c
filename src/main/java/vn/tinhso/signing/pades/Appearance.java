package vn.tinhso.signing.pades;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** What a visible signature looks like and where it sits on its page. */
sealed interface Appearance permits LeaderBlock, SealStamp, AttachmentNote {

	/** The signature field's rectangle in page coordinates. */
	Box field();

	/** Draws the appearance stream; (0, 0) is the field's lower-left corner. */
	void paint(PDDocument template, PDPageContentStream out) throws IOException;
}

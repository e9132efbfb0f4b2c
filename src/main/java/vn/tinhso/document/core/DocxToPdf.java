package vn.tinhso.document.core;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns a Word file (.docx) into a PDF with the platform's own small converter, without an office suite:
 * the text, its bold, italic, underline and size, paragraph alignment, indents and spacing, tabs, line and
 * page breaks, and simple ruled tables, on A4 with Decree 30 margins in the bundled DejaVu font.
 * Not converted: images and drawings, text boxes, headers and footers, footnotes, styles defined in the
 * file's style sheet, list numbering, merged-cell shading and colours.
 */
final class DocxToPdf {

	private DocxToPdf() {
	}

	/**
	 * The PDF of a Word file.
	 *
	 * @param documentXml the file's main part, from {@link DocxPackage#mainPart(byte[])}
	 * @throws UnreadableDocx when the XML is malformed or declares a document type, or the text lays out to more
	 *         than {@link DocxLayout#MAX_PAGES} pages
	 */
	static byte[] convert(byte[] documentXml) {
		try {
			return DocxLayout.write(DocxReader.read(documentXml));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

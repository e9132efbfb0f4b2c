package vn.tinhso.signing.pades;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import eu.europa.esig.dss.pdf.AnnotationBox;
import eu.europa.esig.dss.pdf.pdfbox.visible.AbstractPdfBoxSignatureDrawer;
import eu.europa.esig.dss.pdf.visible.DSSFontMetrics;
import eu.europa.esig.dss.pdf.visible.SignatureFieldDimensionAndPosition;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Draws our own appearance instead of DSS's image-plus-text layout, which cannot put a title above
 * and a name below an image, nor write Vietnamese with its bundled font. Like DSS's own drawer, it
 * hands PDFBox a one-page template whose signature widget carries the appearance; DSS calls it twice
 * (for the digest and for the signed file), so it must draw the same bytes both times.
 */
final class AppearanceDrawer extends AbstractPdfBoxSignatureDrawer {

	private final Appearance appearance;

	AppearanceDrawer(Appearance appearance) {
		this.appearance = appearance;
	}

	/** Our field, in page coordinates: DSS checks it against the page and other fields. */
	@Override
	public SignatureFieldDimensionAndPosition buildSignatureFieldBox() {
		Box field = appearance.field();
		SignatureFieldDimensionAndPosition position = new SignatureFieldDimensionAndPosition(
				new AnnotationBox(field.x(), field.y(), field.right(), field.top()));
		// The box within the field's own area: all of it.
		position.setBoxX(0);
		position.setBoxY(0);
		position.setBoxWidth(field.w());
		position.setBoxHeight(field.h());
		return position;
	}

	@Override
	public void draw() throws IOException {
		Box field = appearance.field();
		try (PDDocument template = new PDDocument()) {
			PDPage page = new PDPage(getPage().getMediaBox());
			template.addPage(page);
			PDAcroForm form = new PDAcroForm(template);
			template.getDocumentCatalog().setAcroForm(form);
			PDSignatureField signatureField = new PDSignatureField(form);
			form.getFields().add(signatureField);
			form.setSignaturesExist(true);
			form.setAppendOnly(true);
			form.getCOSObject().setDirect(true);

			PDAnnotationWidget widget = signatureField.getWidgets().get(0);
			widget.setRectangle(new PDRectangle(field.x(), field.y(), field.w(), field.h()));
			PDFormXObject xobject = new PDFormXObject(new PDStream(template));
			xobject.setResources(new PDResources());
			xobject.setFormType(1);
			xobject.setBBox(new PDRectangle(field.w(), field.h()));
			PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
			PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
			dictionary.getCOSObject().setDirect(true);
			dictionary.setNormalAppearance(stream);
			widget.setAppearance(dictionary);
			try (PDPageContentStream out = new PDPageContentStream(template, stream)) {
				appearance.paint(template, out);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			template.save(bytes);
			signatureOptions.setVisualSignature(new ByteArrayInputStream(bytes.toByteArray()));
		}
	}

	/** Not used: the field box comes from {@link #buildSignatureFieldBox()}, not from DSS's text layout. */
	@Override
	protected DSSFontMetrics getDSSFontMetrics() {
		throw new UnsupportedOperationException("The appearance lays out its own text");
	}

	/** Our images are RGB; DSS adds an sRGB output intent to documents that have none (PDF/A friendliness). */
	@Override
	protected String getExpectedColorSpaceName() {
		return COSName.DEVICERGB.getName();
	}
}

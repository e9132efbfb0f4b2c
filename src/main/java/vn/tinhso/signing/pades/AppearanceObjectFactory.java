package vn.tinhso.signing.pades;

import eu.europa.esig.dss.alert.LogOnStatusAlert;
import eu.europa.esig.dss.pdf.PDFServiceMode;
import eu.europa.esig.dss.pdf.PDFSignatureService;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.visible.PdfBoxSignatureDrawer;
import eu.europa.esig.dss.pdf.pdfbox.visible.PdfBoxSignatureDrawerFactory;
import org.slf4j.event.Level;

/**
 * DSS's PDFBox factory with our drawer for one signature. The seal is meant to overlap the leader's
 * signature (Decree 30), so an overlapping field is logged, not refused.
 */
final class AppearanceObjectFactory extends PdfBoxNativeObjectFactory {

	private final Appearance appearance;

	AppearanceObjectFactory(Appearance appearance) {
		this.appearance = appearance;
		PdfSignatureFieldPositionChecker positions = new PdfSignatureFieldPositionChecker();
		positions.setAlertOnSignatureFieldOverlap(new LogOnStatusAlert(Level.DEBUG));
		setPdfSignatureFieldPositionChecker(positions);
	}

	@Override
	public PDFSignatureService newPAdESSignatureService() {
		PdfBoxSignatureDrawerFactory drawers = new PdfBoxSignatureDrawerFactory() {
			@Override
			public PdfBoxSignatureDrawer getSignatureDrawer(eu.europa.esig.dss.pades.SignatureImageParameters parameters) {
				return new AppearanceDrawer(appearance);
			}
		};
		return configure(new PdfBoxSignatureService(PDFServiceMode.SIGNATURE, drawers));
	}
}

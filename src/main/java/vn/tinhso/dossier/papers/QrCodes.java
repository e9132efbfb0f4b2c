package vn.tinhso.dossier.papers;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes for printed papers (medium error correction survives a crumpled slip). */
final class QrCodes {

	private QrCodes() {
	}

	static BufferedImage of(String text, int pixels) {
		try {
			var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
			return MatrixToImageWriter.toBufferedImage(matrix);
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Cannot encode QR code", e);
		}
	}
}

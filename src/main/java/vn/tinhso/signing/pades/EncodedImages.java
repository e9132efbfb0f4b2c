package vn.tinhso.signing.pades;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Signature and seal PNGs as ready-made PDF image streams (RGB plus an alpha soft mask, deflated),
 * kept for the few dozen images in use: decoding and compressing a PNG was most of a signature's cost,
 * and DSS draws each appearance twice.
 */
final class EncodedImages {

	private static final int KEEP = 64;
	private static final Map<String, Encoded> CACHE = Collections.synchronizedMap(new LinkedHashMap<>(KEEP, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Encoded> eldest) {
			return size() > KEEP;
		}
	});

	private EncodedImages() {
	}

	record Encoded(int width, int height, byte[] rgb, byte[] alpha) {
	}

	static PDImageXObject image(PDDocument document, byte[] png) throws IOException {
		Encoded encoded = encoded(png);
		PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(encoded.rgb()), COSName.FLATE_DECODE,
				encoded.width(), encoded.height(), 8, PDDeviceRGB.INSTANCE);
		if (encoded.alpha() != null) {
			PDImageXObject mask = new PDImageXObject(document, new ByteArrayInputStream(encoded.alpha()),
					COSName.FLATE_DECODE, encoded.width(), encoded.height(), 8, PDDeviceGray.INSTANCE);
			image.getCOSObject().setItem(COSName.SMASK, mask);
		}
		return image;
	}

	static Encoded encoded(byte[] png) throws IOException {
		String key = sha256(png);
		Encoded known = CACHE.get(key);
		if (known == null) {
			known = encode(png);
			CACHE.put(key, known);
		}
		return known;
	}

	private static Encoded encode(byte[] png) throws IOException {
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
		if (picture == null) {
			throw new IOException("Not an image");
		}
		int w = picture.getWidth();
		int h = picture.getHeight();
		byte[] rgb = new byte[w * h * 3];
		byte[] alpha = new byte[w * h];
		boolean translucent = false;
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			picture.getRGB(0, y, w, 1, row, 0, w);
			for (int x = 0; x < w; x++) {
				int argb = row[x];
				int i = y * w + x;
				rgb[3 * i] = (byte) (argb >> 16);
				rgb[3 * i + 1] = (byte) (argb >> 8);
				rgb[3 * i + 2] = (byte) argb;
				alpha[i] = (byte) (argb >>> 24);
				translucent |= (argb >>> 24) != 0xff;
			}
		}
		return new Encoded(w, h, deflate(rgb), translucent ? deflate(alpha) : null);
	}

	private static byte[] deflate(byte[] raw) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4);
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION))) {
			deflater.write(raw);
		}
		return out.toByteArray();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

package vn.tinhso.feedback.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the published copy of a photo: turned upright, scaled down to the long-side limit, on white
 * (for transparent PNGs), and written as a fresh JPEG. Nothing of the original file but its pixels
 * is carried over, so EXIF (GPS position, camera, time) and other metadata are gone.
 */
final class ImageCopies {

	private static final float QUALITY = 0.85f;

	private ImageCopies() {
	}

	static BufferedImage upright(BufferedImage source, int orientation, int maxSide) {
		BufferedImage src = source;
		int w = src.getWidth();
		int h = src.getHeight();
		double scale = Math.min(1.0, (double) maxSide / Math.max(w, h));
		// Halving first keeps large reductions smooth (one bilinear step would skip most pixels).
		while (scale < 0.5 && w > 1 && h > 1) {
			src = scaled(src, Math.max(1, w / 2), Math.max(1, h / 2));
			w = src.getWidth();
			h = src.getHeight();
			scale = Math.min(1.0, (double) maxSide / Math.max(w, h));
		}
		boolean turned = orientation >= 5;
		int outW = (int) Math.max(1, Math.round((turned ? h : w) * scale));
		int outH = (int) Math.max(1, Math.round((turned ? w : h) * scale));
		AffineTransform transform = AffineTransform.getScaleInstance((double) outW / (turned ? h : w),
				(double) outH / (turned ? w : h));
		transform.concatenate(orient(orientation, w, h));
		BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, outW, outH);
			hints(g);
			g.drawImage(src, transform, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(QUALITY);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** Maps stored pixel positions to upright ones for EXIF orientations 1–8 of a w × h image. */
	static AffineTransform orient(int orientation, int w, int h) {
		return switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
			default -> new AffineTransform();
		};
	}

	private static BufferedImage scaled(BufferedImage src, int w, int h) {
		BufferedImage out = new BufferedImage(w, h, src.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
				: BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			hints(g);
			g.drawImage(src, 0, 0, w, h, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static void hints(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
	}
}

package vn.tinhso.feedback.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Covers parts of a picture: BLACK fills the rectangle, BLUR replaces it by a coarse mosaic (blocks
 * of at least 12 pixels, each the average of its pixels), which keeps the scene readable while a
 * face or a number plate is not, and cannot be undone from the copy.
 */
final class Redactor {

	enum Mode {
		BLACK, BLUR
	}

	private Redactor() {
	}

	static BufferedImage apply(BufferedImage source, List<Rectangle> rectangles, Mode mode) {
		BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.drawImage(source, 0, 0, null);
			for (Rectangle r : rectangles) {
				if (mode == Mode.BLACK) {
					g.setColor(Color.BLACK);
					g.fillRect(r.x(), r.y(), r.width(), r.height());
				}
				else {
					mosaic(out, r);
				}
			}
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static void mosaic(BufferedImage image, Rectangle r) {
		int block = Math.max(12, Math.min(r.width(), r.height()) / 4);
		for (int by = r.y(); by < r.y() + r.height(); by += block) {
			for (int bx = r.x(); bx < r.x() + r.width(); bx += block) {
				int w = Math.min(block, r.x() + r.width() - bx);
				int h = Math.min(block, r.y() + r.height() - by);
				long red = 0;
				long green = 0;
				long blue = 0;
				for (int y = by; y < by + h; y++) {
					for (int x = bx; x < bx + w; x++) {
						int rgb = image.getRGB(x, y);
						red += (rgb >> 16) & 0xff;
						green += (rgb >> 8) & 0xff;
						blue += rgb & 0xff;
					}
				}
				long n = (long) w * h;
				int average = (int) (red / n) << 16 | (int) (green / n) << 8 | (int) (blue / n);
				for (int y = by; y < by + h; y++) {
					for (int x = bx; x < bx + w; x++) {
						image.setRGB(x, y, average);
					}
				}
			}
		}
	}
}

package vn.tinhso.signing.keys;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Demo pictures drawn with Java2D: a signature that looks written by hand (the given name, slanted,
 * with a flourish) and a round red seal with the agency's name around the rim. Both are transparent
 * PNGs, the same for the same name.
 */
final class DemoImages {

	static final Color INK = new Color(22, 43, 140);
	static final Color SEAL_RED = new Color(204, 16, 36);
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";
	private static final java.util.Map<String, Font> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

	private DemoImages() {
	}

	/** 600 × 240: about the proportions of a signature box under a title line. */
	static byte[] signature(String fullName) {
		BufferedImage image = new BufferedImage(600, 240, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = canvas(image);
		Random hand = new Random(fullName.hashCode());
		String[] words = java.text.Normalizer.normalize(fullName.strip(), java.text.Normalizer.Form.NFC).split("\\s+");
		String given = words[words.length - 1];
		String initial = words[0].substring(0, 1);

		Font font = font("/fonts/DejaVuSans.ttf").deriveFont(Font.PLAIN, 96f);
		FontRenderContext frc = g.getFontRenderContext();
		AffineTransform slant = AffineTransform.getShearInstance(-0.42, 0);
		Shape first = wobble(slant.createTransformedShape(outline(font.deriveFont(150f), initial, frc)), hand);
		Shape name = wobble(slant.createTransformedShape(outline(font, given, frc)), hand);
		Rectangle2D firstBox = first.getBounds2D();
		Rectangle2D nameBox = name.getBounds2D();
		double scale = Math.min(1, 440 / (firstBox.getWidth() * 0.85 + nameBox.getWidth()));
		g.translate((600 - (firstBox.getWidth() * 0.85 + nameBox.getWidth()) * scale) / 2, 185);
		g.scale(scale, scale);
		g.rotate(-0.08 + hand.nextDouble() * 0.04);
		g.setColor(INK);
		g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (Shape letters : new Shape[] { AffineTransform.getTranslateInstance(-firstBox.getX(), 0).createTransformedShape(first),
				AffineTransform.getTranslateInstance(firstBox.getWidth() * 0.85 - nameBox.getX(), -12).createTransformedShape(name) }) {
			g.fill(letters);
			g.draw(letters);
		}

		// The flourish: back under the name in one stroke, ending in a small loop.
		double end = firstBox.getWidth() * 0.85 + nameBox.getWidth();
		Path2D.Double tail = new Path2D.Double();
		tail.moveTo(end, -20);
		tail.curveTo(end + 60, 10 + hand.nextInt(15), end * 0.6, 40, end * 0.2, 22);
		tail.curveTo(-30, 10, 20, -15 - hand.nextInt(10), 90, 8);
		tail.curveTo(150, 30, end * 0.8, 25, end + 30, 5);
		g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(tail);
		g.dispose();
		return png(image);
	}

	/** A pen is never as steady as a font: every point of the outline moves a little, smoothly. */
	private static Shape wobble(Shape shape, Random hand) {
		double p1 = hand.nextDouble() * Math.PI * 2;
		double p2 = hand.nextDouble() * Math.PI * 2;
		Path2D.Double out = new Path2D.Double(shape instanceof Path2D p ? p.getWindingRule() : Path2D.WIND_NON_ZERO);
		double[] c = new double[6];
		for (var it = new java.awt.geom.FlatteningPathIterator(shape.getPathIterator(null), 0.6); !it.isDone(); it.next()) {
			int type = it.currentSegment(c);
			double x = c[0] + 3.2 * Math.sin(c[1] * 0.09 + p1);
			double y = c[1] + 4.5 * Math.sin(c[0] * 0.05 + p2);
			switch (type) {
				case java.awt.geom.PathIterator.SEG_MOVETO -> out.moveTo(x, y);
				case java.awt.geom.PathIterator.SEG_LINETO -> out.lineTo(x, y);
				case java.awt.geom.PathIterator.SEG_CLOSE -> out.closePath();
				default -> { }
			}
		}
		return out;
	}

	/** 480 × 480: the agency's name in capitals around the rim, a star in the middle. */
	static byte[] seal(String agencyName) {
		int size = 480;
		double centre = size / 2.0;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = canvas(image);
		g.setColor(SEAL_RED);
		ring(g, centre, 226, 12);
		ring(g, centre, 196, 4);
		ring(g, centre, 118, 4);
		g.fill(star(centre, centre, 72, 29));

		String text = java.text.Normalizer.normalize(agencyName.strip(), java.text.Normalizer.Form.NFC).toUpperCase(VIETNAMESE);
		float fontSize = 40f;
		Font font = font(BOLD).deriveFont(fontSize);
		double radius = 152;
		double width = g.getFontMetrics(font).stringWidth(text + "  ");
		double maxArc = 2 * Math.PI * radius * 0.86;
		if (width > maxArc) {
			font = font(BOLD).deriveFont((float) (fontSize * maxArc / width));
		}
		arcText(g, text, font, centre, radius);
		g.dispose();
		return png(image);
	}

	/** Writes the text clockwise along a circle, centred on the top, each letter upright to the rim. */
	private static void arcText(Graphics2D g, String text, Font font, double centre, double radius) {
		g.setFont(font);
		var metrics = g.getFontMetrics(font);
		double total = metrics.stringWidth(text) / radius;
		double angle = -total / 2;
		for (int i = 0; i < text.length(); i++) {
			String letter = text.substring(i, i + 1);
			double advance = metrics.stringWidth(letter) / radius;
			double at = angle + advance / 2;
			AffineTransform saved = g.getTransform();
			g.translate(centre + radius * Math.sin(at), centre - radius * Math.cos(at));
			g.rotate(at);
			g.drawString(letter, (float) (-metrics.stringWidth(letter) / 2.0), (float) (metrics.getAscent() * 0.35));
			g.setTransform(saved);
			angle += advance;
		}
	}

	private static void ring(Graphics2D g, double centre, double radius, float width) {
		g.setStroke(new BasicStroke(width));
		g.draw(new Ellipse2D.Double(centre - radius, centre - radius, 2 * radius, 2 * radius));
	}

	private static Shape star(double cx, double cy, double outer, double inner) {
		GeneralPath star = new GeneralPath();
		for (int i = 0; i < 10; i++) {
			double r = i % 2 == 0 ? outer : inner;
			double a = -Math.PI / 2 + i * Math.PI / 5;
			double x = cx + r * Math.cos(a);
			double y = cy + r * Math.sin(a);
			if (i == 0) {
				star.moveTo(x, y);
			}
			else {
				star.lineTo(x, y);
			}
		}
		star.closePath();
		return star;
	}

	private static Shape outline(Font font, String text, FontRenderContext frc) {
		GlyphVector glyphs = font.createGlyphVector(frc, text);
		return glyphs.getOutline();
	}

	private static Graphics2D canvas(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		return g;
	}

	private static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** DejaVu, shipped with the application: it has every Vietnamese letter. */
	private static Font font(String resource) {
		return FONTS.computeIfAbsent(resource, path -> {
			try (InputStream in = DemoImages.class.getResourceAsStream(path)) {
				return Font.createFont(Font.TRUETYPE_FONT, in);
			}
			catch (IOException | FontFormatException e) {
				throw new IllegalStateException("The DejaVu font is missing from the application", e);
			}
		});
	}
}

package vn.tinhso.signing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/** A plain transparent PNG with a blue stroke, standing in for an uploaded signature image. */
final class DemoImagesForTests {

	private DemoImagesForTests() {
	}

	static byte[] signature() throws IOException {
		BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(20, 40, 150));
		g.setStroke(new BasicStroke(6));
		g.drawArc(20, 20, 260, 80, 10, 300);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}

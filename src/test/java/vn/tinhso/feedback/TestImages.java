package vn.tinhso.feedback;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Real images for tests: JPEGs with a hand-made EXIF block (orientation and a GPS position), PNGs. */
public final class TestImages {

	/** Text inside the EXIF block, to look for in published copies. */
	public static final String EXIF_MARK = "TinhSo test camera";

	private TestImages() {
	}

	public static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(40, 120, 200));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, width / 4, height / 4); // a corner mark, to see which way the copy was turned
		g.dispose();
		return image;
	}

	/** A JPEG with an APP1 EXIF segment (orientation, camera model, GPS latitude) right after the JFIF header. */
	public static byte[] jpegWithExif(int width, int height, int orientation) throws IOException {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(picture(width, height), "jpeg", plain);
		byte[] jpeg = plain.toByteArray();
		int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
		int insertAt = 4 + app0Length; // after SOI and the JFIF APP0 segment
		byte[] app1 = app1(orientation);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, insertAt);
		out.write(app1);
		out.write(jpeg, insertAt, jpeg.length - insertAt);
		return out.toByteArray();
	}

	public static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(picture(width, height), "png", out);
		return out.toByteArray();
	}

	public static BufferedImage read(byte[] image) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(image));
	}

	/** Whether a JPEG has an APP1 segment before its image data. */
	public static boolean hasApp1(byte[] jpeg) {
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			if (marker == 0xDA) {
				return false;
			}
			if (marker == 0xE1) {
				return true;
			}
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		return false;
	}

	public static boolean contains(byte[] data, String text) {
		return new String(data, StandardCharsets.ISO_8859_1).contains(text);
	}

	/**
	 * TIFF (big-endian) with IFD0 = {Model, Orientation, GPS IFD pointer} and a GPS IFD with
	 * GPSLatitudeRef N and GPSLatitude 21° 10' 30".
	 */
	private static byte[] app1(int orientation) {
		byte[] model = (EXIF_MARK + "\0").getBytes(StandardCharsets.US_ASCII);
		int ifd0 = 8;
		int ifd0Size = 2 + 3 * 12 + 4;
		int modelAt = ifd0 + ifd0Size;
		int gpsAt = modelAt + model.length;
		int gpsSize = 2 + 2 * 12 + 4;
		int latitudeAt = gpsAt + gpsSize;
		ByteBuffer tiff = ByteBuffer.allocate(latitudeAt + 24);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
		tiff.putShort((short) 3);
		entry(tiff, 0x0110, 2, model.length, modelAt);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		entry(tiff, 0x8825, 4, 1, gpsAt);
		tiff.putInt(0);
		tiff.put(model);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		entry(tiff, 0x0002, 5, 3, latitudeAt);
		tiff.putInt(0);
		tiff.putInt(21).putInt(1).putInt(10).putInt(1).putInt(30).putInt(1);
		byte[] body = tiff.array();
		ByteBuffer segment = ByteBuffer.allocate(2 + 2 + 6 + body.length);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
		segment.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0).put(body);
		return segment.array();
	}

	private static void entry(ByteBuffer b, int tag, int type, int count, int valueOrOffset) {
		b.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
	}
}

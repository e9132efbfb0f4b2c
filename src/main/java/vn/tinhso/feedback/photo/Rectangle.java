package vn.tinhso.feedback.photo;

/** A rectangle of a published photo, in its pixel coordinates (origin top left). */
public record Rectangle(int x, int y, int width, int height) {

	boolean inside(int imageWidth, int imageHeight) {
		return x >= 0 && y >= 0 && width > 0 && height > 0 && (long) x + width <= imageWidth
				&& (long) y + height <= imageHeight;
	}
}

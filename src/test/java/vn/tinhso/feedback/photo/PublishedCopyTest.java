package vn.tinhso.feedback.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import vn.tinhso.feedback.TestImages;

/** The published copy: turned upright by the EXIF orientation, scaled to the long-side limit, no metadata. */
class PublishedCopyTest {

	@Test
	void theOrientationIsReadFromTheExifBlock() throws IOException {
		assertThat(ExifOrientation.of(TestImages.jpegWithExif(40, 20, 6))).isEqualTo(6);
		assertThat(ExifOrientation.of(TestImages.jpegWithExif(40, 20, 3))).isEqualTo(3);
		assertThat(ExifOrientation.of(TestImages.png(40, 20))).isEqualTo(1);
		assertThat(ExifOrientation.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 1 })).isEqualTo(1);
	}

	@Test
	void aPhotoTakenSidewaysIsTurnedUprightAndScaledDown() throws IOException {
		byte[] jpeg = TestImages.jpegWithExif(3200, 2400, 6);
		BufferedImage source = TestImages.read(jpeg);
		BufferedImage copy = ImageCopies.upright(source, ExifOrientation.of(jpeg), 1600);
		assertThat(copy.getWidth()).isEqualTo(1200);
		assertThat(copy.getHeight()).isEqualTo(1600);
		// Turned 90° clockwise: the stored top-left corner mark is now at the top right.
		assertThat(orange(copy.getRGB(copy.getWidth() - 10, 10))).isTrue();
		assertThat(orange(copy.getRGB(10, 10))).isFalse();
		byte[] published = ImageCopies.jpeg(copy);
		assertThat(TestImages.hasApp1(published)).isFalse();
		assertThat(TestImages.contains(published, "Exif")).isFalse();
		assertThat(TestImages.contains(published, TestImages.EXIF_MARK)).isFalse();
		assertThat(TestImages.contains(jpeg, TestImages.EXIF_MARK)).isTrue();
	}

	@Test
	void eachOrientationKeepsTheCornerMarkWhereTheViewerSawIt() throws IOException {
		BufferedImage source = TestImages.picture(40, 20); // mark at the stored top-left
		// Where the stored top-left corner is shown, per EXIF orientation (x, y as fractions of the copy).
		double[][] shown = { {}, { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 }, { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 } };
		for (int o = 1; o <= 8; o++) {
			BufferedImage copy = ImageCopies.upright(source, o, 1600);
			assertThat(copy.getWidth()).as("width for %s", o).isEqualTo(o >= 5 ? 20 : 40);
			int x = shown[o][0] == 0 ? 1 : copy.getWidth() - 2;
			int y = shown[o][1] == 0 ? 1 : copy.getHeight() - 2;
			assertThat(orange(copy.getRGB(x, y))).as("orientation %s", o).isTrue();
		}
	}

	@Test
	void aSmallPhotoKeepsItsSize() {
		BufferedImage copy = ImageCopies.upright(TestImages.picture(800, 600), 1, 1600);
		assertThat(copy.getWidth()).isEqualTo(800);
		assertThat(copy.getHeight()).isEqualTo(600);
	}

	private static boolean orange(int rgb) {
		int r = (rgb >> 16) & 0xFF;
		int b = rgb & 0xFF;
		return r > 200 && b < 80;
	}
}

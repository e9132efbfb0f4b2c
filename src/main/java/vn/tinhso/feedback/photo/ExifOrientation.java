package vn.tinhso.feedback.photo;

/**
 * Reads the EXIF orientation (tag 0x0112) of a JPEG: phones store pictures as the sensor saw them and
 * say in this tag how to turn them. The published copy has no metadata, so the turn is applied to it.
 */
final class ExifOrientation {

	private static final int SOS = 0xDA;
	private static final int APP1 = 0xE1;
	private static final int ORIENTATION = 0x0112;

	private ExifOrientation() {
	}

	/** 1 (as stored) to 8; 1 when the file says nothing or cannot be read. */
	static int of(byte[] jpeg) {
		int at = 2; // after SOI
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			if (marker == SOS) {
				break;
			}
			int length = u16(jpeg, at + 2, false);
			if (length < 2) {
				break;
			}
			if (marker == APP1 && isExif(jpeg, at + 4, length - 2)) {
				return fromTiff(jpeg, at + 10, at + 2 + length);
			}
			at += 2 + length;
		}
		return 1;
	}

	private static boolean isExif(byte[] b, int at, int length) {
		return length >= 14 && at + 6 <= b.length && b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i'
				&& b[at + 3] == 'f' && b[at + 4] == 0 && b[at + 5] == 0;
	}

	/** Looks for the orientation entry in IFD0 of the TIFF structure starting at {@code tiff}. */
	private static int fromTiff(byte[] b, int tiff, int end) {
		end = Math.min(end, b.length);
		if (tiff + 8 > end) {
			return 1;
		}
		boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
		if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
			return 1;
		}
		long ifd = tiff + u32(b, tiff + 4, little);
		if (ifd + 2 > end) {
			return 1;
		}
		int entries = u16(b, (int) ifd, little);
		for (int i = 0; i < entries; i++) {
			int entry = (int) ifd + 2 + i * 12;
			if (entry + 12 > end) {
				return 1;
			}
			if (u16(b, entry, little) == ORIENTATION) {
				int value = u16(b, entry + 8, little);
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	private static int u16(byte[] b, int at, boolean little) {
		int a = b[at] & 0xFF;
		int c = b[at + 1] & 0xFF;
		return little ? (c << 8) | a : (a << 8) | c;
	}

	private static long u32(byte[] b, int at, boolean little) {
		long high = u16(b, little ? at + 2 : at, little);
		long low = u16(b, little ? at : at + 2, little);
		return (high << 16) | low;
	}
}

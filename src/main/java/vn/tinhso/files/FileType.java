package vn.tinhso.files;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of file the platform accepts, recognised by their content. */
public enum FileType {
	PDF("application/pdf", "pdf"),
	JPEG("image/jpeg", "jpg"),
	PNG("image/png", "png"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String mediaType;
	private final String extension;

	FileType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/** The type with this media type, if the platform knows it. */
	public static Optional<FileType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
	}

	/** What the bytes are, whatever the file is called. */
	public static Optional<FileType> detect(byte[] content) {
		if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
			return officeDocument(content);
		}
		return Optional.empty();
	}

	/**
	 * A zip is a Word or Excel file only if it carries that format's main part. The names are read from
	 * the zip's central directory, so no entry is inflated (a zip bomb costs nothing here).
	 */
	private static Optional<FileType> officeDocument(byte[] content) {
		for (String name : zipEntryNames(content)) {
			if (name.equals("word/document.xml")) {
				return Optional.of(DOCX);
			}
			if (name.equals("xl/workbook.xml")) {
				return Optional.of(XLSX);
			}
		}
		return Optional.empty();
	}

	/** The entry names of the zip's central directory; empty when it cannot be found or is damaged. */
	static List<String> zipEntryNames(byte[] zip) {
		ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
		// The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KiB.
		int end = -1;
		for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
			if (b.getInt(i) == 0x06054b50) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return List.of();
		}
		int count = Short.toUnsignedInt(b.getShort(end + 10));
		long at = Integer.toUnsignedLong(b.getInt(end + 16));
		List<String> names = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			if (at + 46 > zip.length || b.getInt((int) at) != 0x02014b50) {
				return List.of();
			}
			int nameLength = Short.toUnsignedInt(b.getShort((int) at + 28));
			int extra = Short.toUnsignedInt(b.getShort((int) at + 30));
			int comment = Short.toUnsignedInt(b.getShort((int) at + 32));
			if (at + 46 + nameLength > zip.length) {
				return List.of();
			}
			names.add(new String(zip, (int) at + 46, nameLength, StandardCharsets.UTF_8));
			at += 46L + nameLength + extra + comment;
		}
		return names;
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		return Arrays.equals(Arrays.copyOf(content, magic.length), toBytes(magic));
	}

	private static byte[] toBytes(int[] values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}
}

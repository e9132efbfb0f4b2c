package vn.tinhso.document.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the main part (word/document.xml) out of a Word file, which is a zip. Everything is counted as it
 * is inflated, never trusting the sizes the zip declares: too many entries, a main part above
 * {@link #MAX_DOCUMENT_XML} or more than {@link #MAX_INFLATED} in all (a zip bomb) make the file unreadable.
 */
final class DocxPackage {

	static final String MAIN_PART = "word/document.xml";
	static final int MAX_ENTRIES = 1_000;
	static final long MAX_DOCUMENT_XML = 10L * 1024 * 1024;
	static final long MAX_INFLATED = 50L * 1024 * 1024;

	private DocxPackage() {
	}

	/** Whether the bytes start like a zip file (the local file header signature). */
	static boolean looksLikeZip(byte[] content) {
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	/**
	 * The main part of the package, or null when the zip reads well but has none (so it is not a Word file).
	 *
	 * @throws UnreadableDocx when the zip is broken or exceeds the limits
	 */
	static byte[] mainPart(byte[] docx) {
		byte[] main = null;
		long inflated = 0;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					throw new UnreadableDocx("more than " + MAX_ENTRIES + " entries");
				}
				boolean isMain = MAIN_PART.equals(e.getName());
				if (isMain && main != null) {
					throw new UnreadableDocx("two main parts");
				}
				long budget = Math.min(MAX_INFLATED - inflated, isMain ? MAX_DOCUMENT_XML : Long.MAX_VALUE);
				ByteArrayOutputStream kept = isMain ? new ByteArrayOutputStream() : null;
				inflated += copy(zip, kept, budget, e.getName());
				if (isMain) {
					main = kept.toByteArray();
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			throw new UnreadableDocx("broken zip: " + e.getMessage());
		}
		if (entries == 0) {
			throw new UnreadableDocx("no entries");
		}
		return main;
	}

	/** Reads one entry to its end, keeping it if asked, and refuses it once it passes {@code budget} bytes. */
	private static long copy(InputStream in, ByteArrayOutputStream kept, long budget, String name) throws IOException {
		byte[] buffer = new byte[16 * 1024];
		long total = 0;
		for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
			total += n;
			if (total > budget) {
				throw new UnreadableDocx("entry " + name + " inflates beyond the limit");
			}
			if (kept != null) {
				kept.write(buffer, 0, n);
			}
		}
		return total;
	}
}

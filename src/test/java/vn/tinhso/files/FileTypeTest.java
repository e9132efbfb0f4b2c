package vn.tinhso.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** A file is what its bytes say, whatever its name. */
class FileTypeTest {

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes());
		}
		return bytes.toByteArray();
	}

	@Test
	void recognisesEachAcceptedTypeByItsContent() throws IOException {
		assertThat(FileType.detect("%PDF-1.7\n".getBytes())).contains(FileType.PDF);
		assertThat(FileType.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).contains(FileType.JPEG);
		assertThat(FileType.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })).contains(FileType.PNG);
		assertThat(FileType.detect(zip("word/document.xml"))).contains(FileType.DOCX);
		assertThat(FileType.detect(zip("xl/workbook.xml"))).contains(FileType.XLSX);
	}

	@Test
	void refusesLookAlikes() throws IOException {
		assertThat(FileType.detect(zip("payload.exe"))).isEmpty();
		assertThat(FileType.detect("PK\u0003\u0004 broken zip".getBytes())).isEmpty();
		assertThat(FileType.detect("MZ\u0090\u0000 executable".getBytes())).isEmpty();
		assertThat(FileType.detect("%PD".getBytes())).isEmpty();
		assertThat(FileType.detect(new byte[0])).isEmpty();
	}

	@Test
	void aZipIsJudgedByItsDirectoryWithoutInflatingAnything() throws IOException {
		// 200 MB of zeros packs into ~200 KB; reading it to look for names would cost seconds of CPU.
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("bomb.bin"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<x/>".getBytes());
		}
		byte[] docx = bytes.toByteArray();
		assertThat(FileType.zipEntryNames(docx)).containsExactly("bomb.bin", "word/document.xml");
		assertThat(FileType.detect(docx)).contains(FileType.DOCX);

		byte[] cut = java.util.Arrays.copyOf(docx, docx.length - 30);
		assertThat(FileType.detect(cut)).isEmpty();
	}
}

package vn.tinhso.dossier.papers;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Filled-in sample forms for the demo province's dossiers. */
public final class SamplePapers {

	private SamplePapers() {
	}

	public static byte[] form(String title, String applicant, String procedure) {
		try (PaperWriter pdf = new PaperWriter()) {
			pdf.header("", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
			pdf.title(title.toUpperCase()).centredLine("(Bản mẫu của tỉnh trình diễn)").gap(12);
			pdf.field("Người đề nghị:", applicant).field("Thủ tục:", procedure);
			pdf.paragraph("Tôi cam đoan nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật.");
			return pdf.toPdf();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

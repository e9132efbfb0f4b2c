package vn.tinhso.document.core;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.tinhso.files.FileStore;
import vn.tinhso.files.FileType;
import vn.tinhso.files.StoredFile;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/**
 * The text of an outgoing draft as uploaded, judged by its content (never its name): a PDF is kept as it
 * is; a Word file (.docx) is converted to PDF, which becomes the draft revision, and is kept beside it as
 * the revision's source. Anything else is refused, and so is a Word file that cannot be read safely.
 */
final class DraftText {

	static final String SOURCE = "SOURCE";
	private static final String FIELD = "file";

	private final byte[] pdf;
	private final String pdfName;
	private final byte[] source;
	private final String sourceName;

	private DraftText(byte[] pdf, String pdfName, byte[] source, String sourceName) {
		this.pdf = pdf;
		this.pdfName = pdfName;
		this.source = source;
		this.sourceName = sourceName;
	}

	/** Checks (and converts) an upload; stores nothing. */
	static DraftText accept(byte[] content, String fileName, long maxBytes) {
		if (content == null || content.length == 0) {
			throw refusal("file.empty");
		}
		if (content.length > maxBytes) {
			throw refusal("file.too-large", maxBytes / (1024 * 1024));
		}
		String base = baseName(IncomingDocuments.fileName(fileName));
		if (isPdf(content)) {
			return new DraftText(content, base + ".pdf", null, null);
		}
		if (DocxPackage.looksLikeZip(content)) {
			try {
				byte[] main = DocxPackage.mainPart(content);
				if (main != null) {
					return new DraftText(DocxToPdf.convert(main), base + ".pdf", content, base + ".docx");
				}
			}
			catch (UnreadableDocx e) {
				throw e.code().equals("document.docx.too-long") ? refusal(e.code(), DocxLayout.MAX_PAGES) : refusal(e.code());
			}
		}
		throw refusal("document.file.type");
	}

	/**
	 * Stores the Word source (if any) and the PDF; done before the document rows are written. The source first:
	 * of the two it is the one the file store could still refuse (it re-checks the type by content).
	 */
	Stored store(FileStore files) {
		StoredFile storedSource = source == null ? null : files.store(FIELD, source, Set.of(FileType.DOCX));
		StoredFile storedPdf = files.store(FIELD, pdf, Set.of(FileType.PDF));
		return new Stored(storedPdf, storedSource);
	}

	/** The stored files of one upload. */
	final class Stored {

		private final StoredFile storedPdf;
		private final StoredFile storedSource;

		private Stored(StoredFile storedPdf, StoredFile storedSource) {
			this.storedPdf = storedPdf;
			this.storedSource = storedSource;
		}

		/** Files the upload as revision {@code revision} of the draft and makes its text searchable. */
		void attach(Documents documents, long documentId, int revision, long by) {
			documents.attach(documentId, "DRAFT", revision, storedPdf.sha256(), pdfName, storedPdf.type().mediaType(),
					storedPdf.size(), by);
			if (storedSource != null) {
				documents.attach(documentId, SOURCE, revision, storedSource.sha256(), sourceName,
						storedSource.type().mediaType(), storedSource.size(), by);
			}
			documents.setBody(documentId, PdfText.folded(pdf));
		}
	}

	private static boolean isPdf(byte[] content) {
		return content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F'
				&& content[4] == '-';
	}

	/** The name without a .pdf or .docx ending (the stored names get the ending of what they are). */
	private static String baseName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (String ending : List.of(".pdf", ".docx", ".doc")) {
			if (lower.endsWith(ending) && name.length() > ending.length()) {
				return name.substring(0, name.length() - ending.length());
			}
		}
		return name;
	}

	private static DomainException refusal(String code, Object... args) {
		return DomainException.invalidFields(List.of(new FieldProblem(FIELD, code, args)));
	}
}

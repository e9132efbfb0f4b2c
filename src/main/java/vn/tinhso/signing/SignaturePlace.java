package vn.tinhso.signing;

/**
 * Where a visible signature goes, in PDF points (1/72 inch) measured from the bottom-left corner of
 * the page.
 *
 * <p>A leader's block is laid out top to bottom as Decree 30 shows it: the title line(s) in the top
 * third, the signature image in the middle, the name at the bottom. Pass the same place to
 * {@link PdfSigning#sealAsAgency} and the seal lands over the left third of the signature image.
 *
 * @param page 0-based page index; -1 is the last page
 */
public record SignaturePlace(int page, float x, float y, float width, float height) {

	public static final int LAST_PAGE = -1;

	public SignaturePlace {
		if (page < LAST_PAGE) {
			throw new IllegalArgumentException("page must be 0 or more, or -1 for the last page");
		}
		if (!(width >= 40 && height >= 40) || !Float.isFinite(x) || !Float.isFinite(y)) {
			throw new IllegalArgumentException("a signature block needs at least 40 x 40 points at a finite position");
		}
	}

	/** Bottom right of the last page of an A4 portrait document, inside 2 cm margins. */
	public static SignaturePlace defaultBlock() {
		return new SignaturePlace(LAST_PAGE, 318f, 72f, 220f, 150f);
	}
}

package vn.tinhso.signing.pades;

/**
 * The geometry of a leader's block (Decree 30/2020, Appendix I): the title line(s) in the top band,
 * the signature image in the middle, the name at the bottom, and the red seal covering the left third
 * of the signature image. Fixed proportions, so the seal lands right without knowing the title.
 */
record BlockLayout(Box block) {

	static final float TITLE_SHARE = 0.32f;
	static final float NAME_SHARE = 0.16f;
	/** Width to height of the box the signature image is fitted into. */
	static final float IMAGE_ASPECT = 2.5f;
	/** Seal diameter to image height: about 38 mm over a 28 mm signature in the default block. */
	static final float SEAL_TO_IMAGE = 1.4f;

	Box titleBand() {
		float h = block.h() * TITLE_SHARE;
		return new Box(block.x(), block.top() - h, block.w(), h);
	}

	Box nameBand() {
		return new Box(block.x(), block.y(), block.w(), block.h() * NAME_SHARE);
	}

	/** Where the signature image goes: centred in the middle band, at most 2.5 times as wide as high. */
	Box imageBox() {
		float bandY = block.y() + block.h() * NAME_SHARE;
		float bandH = block.h() * (1 - TITLE_SHARE - NAME_SHARE);
		float w = Math.min(block.w() - 8, bandH * IMAGE_ASPECT);
		return new Box(block.x() + (block.w() - w) / 2, bandY, w, bandH);
	}

	/** A square whose right edge is one third into the image box, centred on it vertically. */
	Box sealBox() {
		Box image = imageBox();
		float d = Math.min(image.h() * SEAL_TO_IMAGE, block.h());
		float right = image.x() + image.w() / 3;
		return new Box(right - d, image.y() + image.h() / 2 - d / 2, d, d);
	}
}

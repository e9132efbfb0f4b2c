package vn.tinhso.signing.pades;

import vn.tinhso.signing.SignaturePlace;

/** A rectangle in PDF points, from the bottom-left (page coordinates, or relative to a field). */
record Box(float x, float y, float w, float h) {

	static Box of(SignaturePlace place) {
		return new Box(place.x(), place.y(), place.width(), place.height());
	}

	float right() {
		return x + w;
	}

	float top() {
		return y + h;
	}

	Box movedTo(float newX, float newY) {
		return new Box(newX, newY, w, h);
	}

	/** The same rectangle measured from another origin (a field's lower-left corner). */
	Box relativeTo(Box origin) {
		return new Box(x - origin.x, y - origin.y, w, h);
	}
}

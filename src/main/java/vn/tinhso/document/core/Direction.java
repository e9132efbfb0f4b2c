package vn.tinhso.document.core;

/** Văn bản đến (IN) or văn bản đi (OUT). */
public enum Direction {
	IN, OUT
}

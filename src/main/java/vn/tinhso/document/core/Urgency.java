package vn.tinhso.document.core;

/** Độ khẩn: urgent documents are handled (and listed) first, the most urgent on top. */
public enum Urgency {
	NORMAL, KHAN, THUONG_KHAN, HOA_TOC
}

package vn.tinhso.platform;

import java.util.List;

/** A page of results with the total count. */
public record PageOf<T>(List<T> items, long total, int page, int size) {

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}
}

package vn.tinhso.directory.agency;

import java.util.Locale;

import vn.tinhso.platform.VietnameseText;

/**
 * Filters for listing agencies: free text (name, short name, code, abbreviation; with or without
 * Vietnamese diacritics), kind, active flag, parent code.
 */
public record AgencyQuery(String text, String kind, Boolean active, String parentCode, int page, int size) {

	static final String WHERE = """
			 where (cast(? as text) is null or lower(a.code) like ? or lower(a.abbreviation) = ?
			        or %s like ? or %s like ?)
			   and (cast(? as text) is null or a.kind = ?)
			   and (cast(? as boolean) is null or a.active = ?)
			   and (cast(? as text) is null or p.code = ?)""".formatted(
			VietnameseText.sqlFold("a.name"), VietnameseText.sqlFold("a.short_name"));

	public AgencyQuery {
		text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
		kind = kind == null || kind.isBlank() ? null : kind.strip().toUpperCase(Locale.ROOT);
		parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
		page = Math.max(page, 0);
		size = size <= 0 ? 20 : Math.min(size, 200);
	}

	int offset() {
		return page * size;
	}

	Object[] whereParams() {
		String like = text == null ? null : VietnameseText.containsPattern(text);
		String folded = text == null ? null : VietnameseText.containsPattern(VietnameseText.fold(text));
		return new Object[] { text, like, text, folded, folded, kind, kind, active, active, parentCode, parentCode };
	}
}

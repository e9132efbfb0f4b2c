package vn.tinhso.directory.official;

import vn.tinhso.platform.VietnameseText;

/** Filters for listing officials: text (name with or without diacritics, username, email), agency subtree, role, active. */
public record OfficialQuery(String text, String agencyCode, String role, Boolean active, int page, int size) {

	static final String WHERE = """
			 and (cast(? as text) is null or lower(acc.username) like ? or lower(acc.email) like ? or %s like ?)
			 and (cast(? as text) is null or ag.path like (select path from agency where code = ?) || '%%')
			 and (cast(? as text) is null or exists (select 1 from official_role r where r.account_id = acc.id and r.role = ?))
			 and (cast(? as boolean) is null or acc.active = ?)""".formatted(VietnameseText.sqlFold("acc.display_name"));

	public OfficialQuery {
		text = blankToNull(text);
		agencyCode = blankToNull(agencyCode);
		role = blankToNull(role);
		page = Math.max(page, 0);
		size = size <= 0 ? 20 : Math.min(size, 200);
	}

	Object[] whereParams() {
		String folded = text == null ? null : VietnameseText.containsPattern(VietnameseText.fold(text));
		return new Object[] { folded, folded, folded, folded, agencyCode, agencyCode, role, role, active, active };
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}

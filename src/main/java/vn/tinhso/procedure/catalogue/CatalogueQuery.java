package vn.tinhso.procedure.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.tinhso.platform.VietnameseText;

/**
 * A catalogue search: every word must appear, with or without diacritics; {@code agency} finds what that agency
 * implements (for a commune or ward, every commune-level procedure); {@code includeAll} shows
 * unpublished and out-of-effect entries too (administrators only).
 */
public record CatalogueQuery(String text, String field, String level, String agency, String onlineLevel,
		boolean includeAll, int page, int size) {

	public CatalogueQuery {
		text = blankToNull(text);
		field = blankToNull(field);
		level = blankToNull(level);
		agency = blankToNull(agency);
		onlineLevel = blankToNull(onlineLevel);
		page = Math.max(0, page);
		size = Math.min(100, Math.max(1, size));
	}

	int offset() {
		return page * size;
	}

	/** The where clause over table alias {@code p}, with {@link #params(LocalDate)} in order. */
	String where() {
		StringBuilder sql = new StringBuilder(" where true");
		for (int i = 0; i < words().size(); i++) {
			sql.append(" and p.search_text like ?");
		}
		if (field != null) {
			sql.append(" and p.field = ?");
		}
		if (level != null) {
			sql.append(" and p.level = ?");
		}
		if (onlineLevel != null) {
			sql.append(" and p.online_level = ?");
		}
		if (agency != null) {
			sql.append(" and ").append("""
					(exists (select 1 from procedure_agency pa where pa.procedure_id = p.id and pa.agency_code = ?)
					      or (p.level = 'COMMUNE' and not exists (select 1 from procedure_agency pa where pa.procedure_id = p.id)
					          and exists (select 1 from agency a where a.code = ? and a.kind in ('COMMUNE', 'WARD'))))""");
		}
		if (!includeAll) {
			sql.append(" and p.active and p.effective_from <= ? and (p.effective_to is null or p.effective_to >= ?)");
		}
		return sql.toString();
	}

	List<Object> params(LocalDate today) {
		List<Object> params = new ArrayList<>();
		words().forEach(word -> params.add(VietnameseText.containsPattern(word)));
		if (field != null) {
			params.add(field);
		}
		if (level != null) {
			params.add(level);
		}
		if (onlineLevel != null) {
			params.add(onlineLevel);
		}
		if (agency != null) {
			params.add(agency);
			params.add(agency);
		}
		if (!includeAll) {
			params.add(today);
			params.add(today);
		}
		return params;
	}

	/** Every word must appear, in any order: "giay phep nha o" finds "Cấp giấy phép xây dựng nhà ở". */
	private List<String> words() {
		return text == null ? List.of() : Arrays.stream(VietnameseText.fold(text).split("\\s+")).filter(w -> !w.isEmpty())
				.limit(10).toList();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}

package vn.tinhso.feedback.web;

import vn.tinhso.feedback.category.Category;
import vn.tinhso.feedback.category.CategoryDraft;

/** The category form as typed, so a refused form comes back with every value the administrator entered. */
record CategoryForm(String code, String nameVi, String nameEn, String description, String keywords, String group,
		String responsibleKind, String defaultAgencyCode) {

	static CategoryForm blank() {
		return new CategoryForm("", "", "", "", "", "", Category.COMMUNE, "");
	}

	static CategoryForm of(Category c) {
		return new CategoryForm(c.code(), c.nameVi(), c.nameEn(), c.description(), c.keywords(), c.group(),
				c.responsibleKind(), c.defaultAgencyCode() == null ? "" : c.defaultAgencyCode());
	}

	/** What the service checks; the active flag is kept as it is (deactivating is its own action). */
	CategoryDraft draft(boolean active) {
		return new CategoryDraft(code, nameVi, nameEn, description, keywords, group, responsibleKind, defaultAgencyCode,
				active);
	}

	/** The stored category as a draft with another active flag. */
	static CategoryDraft withActive(Category c, boolean active) {
		return of(c).draft(active);
	}
}

package vn.tinhso.feedback.category;

/** A category as an administrator enters it; the code is given on creation and fixed afterwards. */
public record CategoryDraft(String code, String nameVi, String nameEn, String description, String keywords,
		String group, String responsibleKind, String defaultAgencyCode, Boolean active) {
}

package vn.tinhso.feedback.category;

import java.util.Locale;

/**
 * What can be reported, and who answers it.
 *
 * @param responsibleKind COMMUNE: the commune or ward of the place (the default agency, if any, takes
 *        reports without one); AGENCY: always the default agency
 */
public record Category(String code, String nameVi, String nameEn, String description, String keywords, String group,
		String responsibleKind, String defaultAgencyCode, boolean active) {

	public static final String COMMUNE = "COMMUNE";
	public static final String AGENCY = "AGENCY";

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
	}

	/** The agency a report at a place (in {@code communeCode}, possibly null) goes to, or null for the IOC to choose. */
	public String responsibleAgency(String communeCode) {
		if (COMMUNE.equals(responsibleKind) && communeCode != null) {
			return communeCode;
		}
		return defaultAgencyCode;
	}
}

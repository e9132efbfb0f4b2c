package vn.tinhso.feedback.web;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.feedback.category.ReportCategories;

/** The readable name of a figures key: a category's name in the language asked, an agency's or commune's name. */
@Component
class FigureNames {

	private final AgencyDirectory agencies;
	private final ReportCategories categories;

	FigureNames(AgencyDirectory agencies, ReportCategories categories) {
		this.agencies = agencies;
		this.categories = categories;
	}

	/** The name of the key; the key itself for months, blanks (no agency or commune yet) and unknown codes. */
	String of(String by, String key, Locale locale) {
		if (key.isEmpty() || "month".equals(by)) {
			return key;
		}
		if ("category".equals(by)) {
			return categories.find(key).map(c -> c.name(locale)).orElse(key);
		}
		return agencies.findByCode(key).map(AgencySummary::name).orElse(key);
	}
}

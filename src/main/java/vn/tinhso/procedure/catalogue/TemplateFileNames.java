package vn.tinhso.procedure.catalogue;

import java.util.regex.Pattern;

import vn.tinhso.files.FileType;
import vn.tinhso.platform.VietnameseText;
import vn.tinhso.procedure.Component;

/**
 * The name a template is downloaded under: the uploader's name without folders or control characters,
 * with the extension of what the file really is; a name made from the form number when none is given.
 */
final class TemplateFileNames {

	private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\"*?<>|:]");
	private static final int MAX_BASE = 150;

	private TemplateFileNames() {
	}

	static String of(String requested, FileType type, Component component) {
		String name = requested == null ? "" : requested;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String base = EXTENSION.matcher(UNSAFE.matcher(name).replaceAll("").strip()).replaceFirst("").strip();
		if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
			base = fallback(component);
		}
		if (base.length() > MAX_BASE) {
			base = base.substring(0, MAX_BASE).strip();
		}
		return base + "." + type.extension();
	}

	/** {@code "Mẫu TP/HT-2020-KS.1"} → {@code mau-tp-ht-2020-ks-1}. */
	static String fallback(Component component) {
		String source = component.templateName() == null || component.templateName().isBlank()
				? "mau " + component.code() : component.templateName();
		String slug = VietnameseText.fold(source).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "mau" : slug;
	}
}

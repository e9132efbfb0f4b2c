package vn.tinhso.procedure;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A paper the applicant hands in (thành phần hồ sơ).
 *
 * @param code stable key inside the procedure ({@code TP1}); dossier uploads refer to it
 * @param templateName the official form number, empty when the paper is not a form
 * @param templateFile the blank form citizens can download, null when there is none; left out of JSON
 *        when null, so files written before templates existed still read the same
 */
public record Component(String code, String name, int originals, int copies, boolean mandatory, String templateName,
		@JsonInclude(JsonInclude.Include.NON_NULL) TemplateFile templateFile) {

	/** The same paper with another template file (null for none). */
	public Component withTemplateFile(TemplateFile file) {
		return new Component(code, name, originals, copies, mandatory, templateName, file);
	}
}

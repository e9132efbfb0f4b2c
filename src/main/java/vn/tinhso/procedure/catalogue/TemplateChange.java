package vn.tinhso.procedure.catalogue;

/**
 * A template file to attach to a component while its procedure is saved, or (content null) the removal of
 * the component's template.
 *
 * @param field the form field the file came from, named when it is refused
 */
public record TemplateChange(String componentCode, String field, String fileName, byte[] content) {

	public static TemplateChange upload(String componentCode, String field, String fileName, byte[] content) {
		return new TemplateChange(componentCode, field, fileName, content);
	}

	public static TemplateChange removal(String componentCode, String field) {
		return new TemplateChange(componentCode, field, null, null);
	}

	boolean removes() {
		return content == null;
	}
}

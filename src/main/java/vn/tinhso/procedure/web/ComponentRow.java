package vn.tinhso.procedure.web;

import org.springframework.web.multipart.MultipartFile;

/** One row of a list in {@link ProcedureForm}, with the template file chosen for it (if any). */
public class ComponentRow {

	private String code = "";
	private String name = "";
	private String originals = "";
	private String copies = "";
	private String templateName = "";
	private boolean mandatory;
	private MultipartFile templateUpload;
	private boolean removeTemplate;

	public ComponentRow() {
	}

	ComponentRow(String code, String name, String originals, String copies, boolean mandatory, String templateName) {
		this.code = FormRows.text(code);
		this.name = FormRows.text(name);
		this.originals = FormRows.text(originals);
		this.copies = FormRows.text(copies);
		this.mandatory = mandatory;
		this.templateName = FormRows.text(templateName);
	}

	boolean isBlank() {
		return FormRows.blank(code, name, originals, copies, templateName) && !hasUpload();
	}

	/** Browsers send an empty part for a file input left empty. */
	boolean hasUpload() {
		return templateUpload != null && !templateUpload.isEmpty();
	}

	public String getCode() {
		return code;
	}

	public void setCode(String v) {
		code = FormRows.text(v);
	}

	public String getName() {
		return name;
	}

	public void setName(String v) {
		name = FormRows.text(v);
	}

	public String getOriginals() {
		return originals;
	}

	public void setOriginals(String v) {
		originals = FormRows.text(v);
	}

	public String getCopies() {
		return copies;
	}

	public void setCopies(String v) {
		copies = FormRows.text(v);
	}

	public String getTemplateName() {
		return templateName;
	}

	public void setTemplateName(String v) {
		templateName = FormRows.text(v);
	}

	public boolean isMandatory() {
		return mandatory;
	}

	public void setMandatory(boolean v) {
		mandatory = v;
	}

	public MultipartFile getTemplateUpload() {
		return templateUpload;
	}

	public void setTemplateUpload(MultipartFile v) {
		templateUpload = v;
	}

	public boolean isRemoveTemplate() {
		return removeTemplate;
	}

	public void setRemoveTemplate(boolean v) {
		removeTemplate = v;
	}
}

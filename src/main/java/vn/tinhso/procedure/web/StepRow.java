package vn.tinhso.procedure.web;

/** One row of a list in {@link ProcedureForm}. */
public class StepRow {

	private String name = "";
	private String role = "";
	private String unit = "";
	private String days = "";

	public StepRow() {
	}

	StepRow(String name, String role, String unit, String days) {
		this.name = FormRows.text(name);
		this.role = FormRows.text(role);
		this.unit = FormRows.text(unit);
		this.days = FormRows.text(days);
	}

	boolean isBlank() {
		return FormRows.blank(name, unit, days);
	}

	public String getName() {
		return name;
	}

	public void setName(String v) {
		name = FormRows.text(v);
	}

	public String getRole() {
		return role;
	}

	public void setRole(String v) {
		role = FormRows.text(v);
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String v) {
		unit = FormRows.text(v);
	}

	public String getDays() {
		return days;
	}

	public void setDays(String v) {
		days = FormRows.text(v);
	}
}

package vn.tinhso.procedure.web;

/** One row of a list in {@link ProcedureForm}. */
public class ResultRow {

	private String name = "";
	private boolean electronic;

	public ResultRow() {
	}

	ResultRow(String name, boolean electronic) {
		this.name = FormRows.text(name);
		this.electronic = electronic;
	}

	boolean isBlank() {
		return FormRows.blank(name);
	}

	public String getName() {
		return name;
	}

	public void setName(String v) {
		name = FormRows.text(v);
	}

	public boolean isElectronic() {
		return electronic;
	}

	public void setElectronic(boolean v) {
		electronic = v;
	}
}

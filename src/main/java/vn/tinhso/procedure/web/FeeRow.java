package vn.tinhso.procedure.web;

/** One row of a list in {@link ProcedureForm}. */
public class FeeRow {

	private String name = "";
	private String amount = "";
	private String note = "";

	public FeeRow() {
	}

	FeeRow(String name, String amount, String note) {
		this.name = FormRows.text(name);
		this.amount = FormRows.text(amount);
		this.note = FormRows.text(note);
	}

	boolean isBlank() {
		return FormRows.blank(name, amount, note);
	}

	public String getName() {
		return name;
	}

	public void setName(String v) {
		name = FormRows.text(v);
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String v) {
		amount = FormRows.text(v);
	}

	public String getNote() {
		return note;
	}

	public void setNote(String v) {
		note = FormRows.text(v);
	}
}

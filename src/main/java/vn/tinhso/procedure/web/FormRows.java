package vn.tinhso.procedure.web;

/** Helpers shared by the row beans of {@link ProcedureForm}. */
final class FormRows {

	private FormRows() {
	}

	static String text(String v) {
		return v == null ? "" : v;
	}

	static boolean blank(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return false;
			}
		}
		return true;
	}
}

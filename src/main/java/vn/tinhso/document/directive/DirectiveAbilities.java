package vn.tinhso.document.directive;

/** Which actions on a directive fit the official and its status now (the service checks again on each). */
public record DirectiveAbilities(boolean report, boolean complete, boolean extend, boolean cancel) {

	public boolean any() {
		return report || complete || extend || cancel;
	}
}

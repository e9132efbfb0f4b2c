package vn.tinhso.document.directive;

/** A unit given a directive: the lead (chủ trì, exactly one) or a cooperating unit (phối hợp). */
public record DirectiveUnit(String agencyCode, String name, String role) {

	public static final String LEAD = "LEAD";
	public static final String COOPERATE = "COOPERATE";
}

package vn.tinhso.exchange;

/**
 * An organ (cơ quan, tổ chức) in an edXML message: its 13-character agency code and contact details.
 * Only the code and the name are required.
 */
public record Organ(String organId, String organizationInCharge, String organName, String organAdd, String email,
		String telephone, String fax, String website) {

	public static Organ of(String organId, String organName) {
		return new Organ(organId, null, organName, null, null, null, null, null);
	}
}

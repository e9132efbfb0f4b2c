package vn.tinhso.exchange.edxml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.tinhso.exchange.ReadStatus;
import vn.tinhso.exchange.StatusCode;
import vn.tinhso.exchange.StatusMessage;

/** Reads a status message, refusing what cannot be understood and reporting the signature. */
public final class StatusReader {

	private StatusReader() {
	}

	public static ReadStatus read(byte[] xml, long maxBytes) {
		if (xml.length > maxBytes) {
			throw EdxmlErrors.tooLarge(maxBytes);
		}
		Document document = SafeXml.parse(xml);
		Element header = Nodes.required(Nodes.envelope(document), "edXMLHeader", "edXMLHeader");
		Element status = Nodes.required(header, "Status", "Status");
		Element responseFor = Nodes.single(status, "ResponseFor", "Status/ResponseFor");
		Element from = Nodes.single(status, "From", "Status/From");
		Element staff = Nodes.single(status, "StaffInfo", "Status/StaffInfo");
		StatusMessage message = new StatusMessage(
				responseFor == null ? null : PackageReader.reference(responseFor, "Status/ResponseFor"),
				from == null ? null : PackageReader.organ(from, "Status/From"), statusCode(status),
				Nodes.text(status, "Description", "Status/Description"),
				Nodes.time(status, "Timestamp", "Status/Timestamp"),
				staff == null ? null : new StatusMessage.StaffInfo(Nodes.text(staff, "Department", "Status/StaffInfo/Department"),
						Nodes.text(staff, "Staff", "Status/StaffInfo/Staff"), Nodes.text(staff, "Email", "Status/StaffInfo/Email"),
						Nodes.text(staff, "Mobile", "Status/StaffInfo/Mobile")));
		EdxmlRules.check(message);
		return new ReadStatus(message, Signatures.verify(document, header));
	}

	private static StatusCode statusCode(Element status) {
		Integer code = Nodes.integer(status, "StatusCode", "Status/StatusCode");
		if (code == null) {
			return null;
		}
		return StatusCode.of(code).orElseThrow(() -> EdxmlErrors.invalid("Status/StatusCode", "edxml.status-unknown", code));
	}
}

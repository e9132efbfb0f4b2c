package vn.tinhso.exchange.edxml;


import org.w3c.dom.Element;

import vn.tinhso.exchange.StatusMessage;
import vn.tinhso.signing.SigningKey;

/**
 * Writes a status message: {@code edXML / edXMLEnvelope / edXMLHeader / Status} with ResponseFor,
 * From, StatusCode, Description, Timestamp and StaffInfo, then the signature, and an empty
 * {@code edXMLBody}. The status code is written with two digits ({@code 01}, {@code 13}) as the
 * national axis documents show them; readers accept either form.
 */
public final class StatusWriter {

	private StatusWriter() {
	}

	public static byte[] write(StatusMessage s, SigningKey signer, long maxBytes) {
		EdxmlRules.check(s);
		DomWriter w = new DomWriter();
		Element envelope = w.add(w.root(), "edXMLEnvelope");
		Element header = w.add(envelope, "edXMLHeader");
		Element status = w.add(header, "Status");
		PackageWriter.reference(w, w.add(status, "ResponseFor"), s.responseFor());
		PackageWriter.organ(w, w.add(status, "From"), s.from());
		w.text(status, "StatusCode", String.format("%02d", s.statusCode().code()));
		w.text(status, "Description", s.description());
		w.text(status, "Timestamp", EdxmlDates.format(s.timestamp()));
		if (s.staff() != null) {
			Element staff = w.add(status, "StaffInfo");
			w.text(staff, "Department", s.staff().department());
			w.text(staff, "Staff", s.staff().staff());
			w.text(staff, "Email", s.staff().email());
			w.text(staff, "Mobile", s.staff().mobile());
		}
		w.add(envelope, "edXMLBody");
		Signatures.sign(w.document(), header, signer);
		byte[] xml = SafeXml.serialize(w.document());
		if (xml.length > maxBytes) {
			throw EdxmlErrors.tooLarge(maxBytes);
		}
		return xml;
	}
}

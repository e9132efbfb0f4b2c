package vn.tinhso.exchange.edxml;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.w3c.dom.Element;

import vn.tinhso.exchange.DocumentReference;
import vn.tinhso.exchange.EdxmlPackage;
import vn.tinhso.exchange.MessageHeader;
import vn.tinhso.exchange.Organ;
import vn.tinhso.signing.SigningKey;

/**
 * Writes a document package: {@code edXML / edXMLEnvelope / edXMLHeader} (MessageHeader,
 * TraceHeaderList, the signature), {@code edXMLBody / edXMLManifest} listing the attachments by content
 * id, and {@code AttachmentEncoded} after the envelope carrying them in base64, as the published
 * samples do. The element order inside MessageHeader follows those samples; readers do not rely on it.
 */
public final class PackageWriter {

	private PackageWriter() {
	}

	public static byte[] write(EdxmlPackage p, SigningKey signer, long maxBytes) {
		EdxmlRules.check(p);
		DomWriter w = new DomWriter();
		Element root = w.root();
		Element envelope = w.add(root, "edXMLEnvelope");
		Element header = w.add(envelope, "edXMLHeader");
		messageHeader(w, w.add(header, "MessageHeader"), p.header());
		Element traces = w.add(header, "TraceHeaderList");
		for (EdxmlPackage.TraceHeader t : p.traces()) {
			Element trace = w.add(traces, "TraceHeader");
			w.text(trace, "OrganId", t.organId());
			w.text(trace, "Timestamp", EdxmlDates.format(t.timestamp()));
		}
		List<String> contentIds = new ArrayList<>();
		Element manifest = w.add(w.add(envelope, "edXMLBody"), "edXMLManifest");
		manifest.setAttribute("version", "1.0");
		for (EdxmlPackage.Attachment a : p.attachments()) {
			String id = UUID.randomUUID().toString();
			contentIds.add(id);
			Element ref = w.add(manifest, "Reference");
			ref.setAttributeNS(DomWriter.XLINK, "xlink:href", "cid:" + id);
			ref.setAttributeNS(DomWriter.XLINK, "xlink:type", "simple");
			w.text(ref, "ContentId", "cid:" + id);
			w.text(ref, "ContentType", a.contentType());
			w.text(ref, "AttachmentName", a.name());
			w.text(ref, "Description", a.description());
		}
		if (!p.attachments().isEmpty()) {
			Element encoded = w.addPlain(root, "AttachmentEncoded");
			for (int i = 0; i < p.attachments().size(); i++) {
				EdxmlPackage.Attachment a = p.attachments().get(i);
				Element attachment = w.addPlain(encoded, "Attachment");
				w.plainText(attachment, "ContentId", contentIds.get(i));
				w.plainText(attachment, "AttachmentName", a.name());
				w.plainText(attachment, "ContentType", a.contentType());
				w.plainText(attachment, "Description", a.description());
				w.addPlain(attachment, "ContentTransferEncoded").setTextContent(Base64.getEncoder().encodeToString(a.content()));
			}
		}
		Signatures.sign(w.document(), header, signer);
		byte[] xml = SafeXml.serialize(w.document());
		if (xml.length > maxBytes) {
			throw EdxmlErrors.tooLarge(maxBytes);
		}
		return xml;
	}

	private static void messageHeader(DomWriter w, Element m, MessageHeader h) {
		organ(w, w.add(m, "From"), h.from());
		h.to().forEach(to -> organ(w, w.add(m, "To"), to));
		w.text(m, "DocumentId", h.documentId());
		Element code = w.add(m, "Code");
		w.text(code, "CodeNumber", h.code().number());
		w.text(code, "CodeNotation", h.code().notation());
		Element promulgation = w.add(m, "PromulgationInfo");
		w.text(promulgation, "Place", h.promulgation().place());
		w.text(promulgation, "PromulgationDate", EdxmlDates.format(h.promulgation().date()));
		Element type = w.add(m, "DocumentType");
		w.text(type, "Type", h.documentType().type());
		w.text(type, "TypeName", h.documentType().typeName());
		w.text(m, "Subject", h.subject());
		w.text(m, "Content", h.content());
		Element signer = w.add(m, "SignerInfo");
		w.text(signer, "Competence", h.signer().competence());
		w.text(signer, "Position", h.signer().position());
		w.text(signer, "FullName", h.signer().fullName());
		if (h.dueDate() != null) {
			w.text(m, "DueDate", EdxmlDates.format(h.dueDate()));
		}
		if (!h.toPlaces().isEmpty()) {
			Element places = w.add(m, "ToPlaces");
			h.toPlaces().forEach(place -> w.text(places, "Place", place));
		}
		if (h.otherInfo() != null) {
			MessageHeader.OtherInfo o = h.otherInfo();
			Element other = w.add(m, "OtherInfo");
			w.text(other, "Priority", o.priority());
			w.text(other, "SphereOfPromulgation", o.sphereOfPromulgation());
			w.text(other, "TyperNotation", o.typerNotation());
			w.text(other, "PromulgationAmount", o.promulgationAmount());
			w.text(other, "PageAmount", o.pageAmount());
			if (!o.appendixes().isEmpty()) {
				Element appendixes = w.add(other, "Appendixes");
				o.appendixes().forEach(a -> w.text(appendixes, "Appendix", a));
			}
		}
		w.text(m, "SteeringType", h.steeringType());
		h.responseFor().forEach(r -> reference(w, w.add(m, "ResponseFor"), r));
	}

	static void organ(DomWriter w, Element e, Organ o) {
		w.text(e, "OrganId", o.organId());
		w.text(e, "OrganizationInCharge", o.organizationInCharge());
		w.text(e, "OrganName", o.organName());
		w.text(e, "OrganAdd", o.organAdd());
		w.text(e, "Email", o.email());
		w.text(e, "Telephone", o.telephone());
		w.text(e, "Fax", o.fax());
		w.text(e, "Website", o.website());
	}

	static void reference(DomWriter w, Element e, DocumentReference r) {
		w.text(e, "OrganId", r.organId());
		w.text(e, "Code", r.code());
		w.text(e, "PromulgationDate", EdxmlDates.format(r.promulgationDate()));
		w.text(e, "DocumentId", r.documentId());
	}
}

package vn.tinhso.exchange.edxml;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.tinhso.exchange.DocumentReference;
import vn.tinhso.exchange.EdxmlPackage;
import vn.tinhso.exchange.MessageHeader;
import vn.tinhso.exchange.Organ;
import vn.tinhso.exchange.ReadPackage;

/**
 * Reads a document package written by us or by another implementation of QCVN 102:2016, refusing it
 * with a field path when it cannot be understood, and reporting (not judging) its signature.
 */
public final class PackageReader {

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private PackageReader() {
	}

	public static ReadPackage read(byte[] xml, long maxBytes) {
		if (xml.length > maxBytes) {
			throw EdxmlErrors.tooLarge(maxBytes);
		}
		Document document = SafeXml.parse(xml);
		Element envelope = Nodes.envelope(document);
		Element header = Nodes.required(envelope, "edXMLHeader", "edXMLHeader");
		Element message = Nodes.required(header, "MessageHeader", "MessageHeader");
		EdxmlPackage p = new EdxmlPackage(messageHeader(message), traces(header),
				attachments(document.getDocumentElement(), envelope));
		EdxmlRules.check(p);
		return new ReadPackage(p, Signatures.verify(document, header));
	}

	private static MessageHeader messageHeader(Element m) {
		String path = "MessageHeader";
		List<Organ> to = new ArrayList<>();
		List<Element> toElements = Nodes.children(m, "To");
		for (int i = 0; i < toElements.size(); i++) {
			to.add(organ(toElements.get(i), path + "/To[" + (i + 1) + "]"));
		}
		Element code = Nodes.single(m, "Code", path + "/Code");
		Element promulgation = Nodes.single(m, "PromulgationInfo", path + "/PromulgationInfo");
		Element type = Nodes.single(m, "DocumentType", path + "/DocumentType");
		Element signer = Nodes.single(m, "SignerInfo", path + "/SignerInfo");
		Element places = Nodes.single(m, "ToPlaces", path + "/ToPlaces");
		Element other = Nodes.single(m, "OtherInfo", path + "/OtherInfo");
		List<DocumentReference> responseFor = new ArrayList<>();
		List<Element> responses = Nodes.children(m, "ResponseFor");
		for (int i = 0; i < responses.size(); i++) {
			responseFor.add(reference(responses.get(i), path + "/ResponseFor[" + (i + 1) + "]"));
		}
		Element from = Nodes.single(m, "From", path + "/From");
		return new MessageHeader(from == null ? null : organ(from, path + "/From"), to,
				Nodes.text(m, "DocumentId", path + "/DocumentId"),
				code == null ? null : new MessageHeader.Code(Nodes.text(code, "CodeNumber", path + "/Code/CodeNumber"),
						Nodes.text(code, "CodeNotation", path + "/Code/CodeNotation")),
				promulgation == null ? null : new MessageHeader.Promulgation(
						Nodes.text(promulgation, "Place", path + "/PromulgationInfo/Place"),
						Nodes.date(promulgation, "PromulgationDate", path + "/PromulgationInfo/PromulgationDate")),
				type == null ? null : new MessageHeader.DocumentType(Nodes.text(type, "Type", path + "/DocumentType/Type"),
						Nodes.text(type, "TypeName", path + "/DocumentType/TypeName")),
				Nodes.text(m, "Subject", path + "/Subject"), Nodes.text(m, "Content", path + "/Content"),
				signer == null ? null : new MessageHeader.SignerInfo(
						Nodes.text(signer, "Competence", path + "/SignerInfo/Competence"),
						Nodes.text(signer, "Position", path + "/SignerInfo/Position"),
						Nodes.text(signer, "FullName", path + "/SignerInfo/FullName")),
				Nodes.date(m, "DueDate", path + "/DueDate"), texts(places, "Place"),
				other == null ? null : otherInfo(other, path + "/OtherInfo"),
				Nodes.integer(m, "SteeringType", path + "/SteeringType"), responseFor);
	}

	private static MessageHeader.OtherInfo otherInfo(Element o, String path) {
		Integer priority = Nodes.integer(o, "Priority", path + "/Priority");
		return new MessageHeader.OtherInfo(priority == null ? 0 : priority,
				Nodes.text(o, "SphereOfPromulgation", path + "/SphereOfPromulgation"),
				Nodes.text(o, "TyperNotation", path + "/TyperNotation"),
				Nodes.integer(o, "PromulgationAmount", path + "/PromulgationAmount"),
				Nodes.integer(o, "PageAmount", path + "/PageAmount"),
				texts(Nodes.single(o, "Appendixes", path + "/Appendixes"), "Appendix"));
	}

	static Organ organ(Element e, String path) {
		return new Organ(Nodes.text(e, "OrganId", path + "/OrganId"),
				Nodes.text(e, "OrganizationInCharge", path + "/OrganizationInCharge"),
				Nodes.text(e, "OrganName", path + "/OrganName"), Nodes.text(e, "OrganAdd", path + "/OrganAdd"),
				Nodes.text(e, "Email", path + "/Email"), Nodes.text(e, "Telephone", path + "/Telephone"),
				Nodes.text(e, "Fax", path + "/Fax"), Nodes.text(e, "Website", path + "/Website"));
	}

	static DocumentReference reference(Element e, String path) {
		return new DocumentReference(Nodes.text(e, "OrganId", path + "/OrganId"), Nodes.text(e, "Code", path + "/Code"),
				Nodes.date(e, "PromulgationDate", path + "/PromulgationDate"),
				Nodes.text(e, "DocumentId", path + "/DocumentId"));
	}

	private static List<String> texts(Element parent, String name) {
		return Nodes.children(parent, name).stream().map(e -> e.getTextContent().strip()).filter(t -> !t.isEmpty()).toList();
	}

	private static List<EdxmlPackage.TraceHeader> traces(Element header) {
		List<EdxmlPackage.TraceHeader> traces = new ArrayList<>();
		List<Element> found = Nodes.children(Nodes.single(header, "TraceHeaderList", "TraceHeaderList"), "TraceHeader");
		for (int i = 0; i < found.size(); i++) {
			String path = "TraceHeaderList/TraceHeader[" + (i + 1) + "]";
			traces.add(new EdxmlPackage.TraceHeader(Nodes.text(found.get(i), "OrganId", path + "/OrganId"),
					Nodes.time(found.get(i), "Timestamp", path + "/Timestamp")));
		}
		return traces;
	}

	/**
	 * The files in {@code AttachmentEncoded}; a name or type left out there is taken from the manifest
	 * entry with the same content id.
	 */
	private static List<EdxmlPackage.Attachment> attachments(Element root, Element envelope) {
		Map<String, Element> manifest = new HashMap<>();
		Element body = Nodes.single(envelope, "edXMLBody", "edXMLBody");
		for (Element ref : Nodes.children(Nodes.single(body, "edXMLManifest", "edXMLBody/edXMLManifest"), "Reference")) {
			String id = contentId(Nodes.text(ref, "ContentId", "edXMLBody/edXMLManifest/Reference/ContentId"));
			if (id != null) {
				manifest.put(id, ref);
			}
		}
		List<EdxmlPackage.Attachment> attachments = new ArrayList<>();
		List<Element> found = new ArrayList<>();
		for (Element encoded : Nodes.children(root, "AttachmentEncoded")) {
			found.addAll(Nodes.children(encoded, "Attachment"));
		}
		for (int i = 0; i < found.size(); i++) {
			String path = "AttachmentEncoded/Attachment[" + (i + 1) + "]";
			Element a = found.get(i);
			Element listed = manifest.get(contentId(Nodes.text(a, "ContentId", path + "/ContentId")));
			String name = Nodes.text(a, "AttachmentName", path + "/AttachmentName");
			String type = Nodes.text(a, "ContentType", path + "/ContentType");
			String description = Nodes.text(a, "Description", path + "/Description");
			if (listed != null) {
				name = name != null ? name : Nodes.text(listed, "AttachmentName", path + "/AttachmentName");
				type = type != null ? type : Nodes.text(listed, "ContentType", path + "/ContentType");
				description = description != null ? description : Nodes.text(listed, "Description", path + "/Description");
			}
			attachments.add(new EdxmlPackage.Attachment(name, type == null ? "application/octet-stream" : type, description,
					decode(Nodes.text(a, "ContentTransferEncoded", path + "/ContentTransferEncoded"),
							path + "/ContentTransferEncoded")));
		}
		return attachments;
	}

	private static String contentId(String id) {
		return id == null ? null : id.startsWith("cid:") ? id.substring(4) : id;
	}

	/** Strict base64 (line breaks allowed): a stray character is an error, not silently skipped. */
	private static byte[] decode(String base64, String path) {
		if (base64 == null) {
			return null;
		}
		try {
			return Base64.getDecoder().decode(WHITE_SPACE.matcher(base64).replaceAll(""));
		}
		catch (IllegalArgumentException e) {
			throw EdxmlErrors.invalid(path, "edxml.base64");
		}
	}
}

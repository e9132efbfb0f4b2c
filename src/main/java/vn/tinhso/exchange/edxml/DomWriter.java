package vn.tinhso.exchange.edxml;

import javax.xml.XMLConstants;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.tinhso.exchange.EdxmlCodec;

/**
 * Builds edXML the way the published samples lay it out: an {@code edXML} root in the edXML namespace
 * (default namespace) with the same namespace bound to the {@code edXML:} prefix for the envelope.
 * Absent or blank optional values are left out rather than written empty.
 */
final class DomWriter {

	static final String XLINK = "http://www.w3.org/1999/xlink";

	private final Document document = SafeXml.newDocument();

	Document document() {
		return document;
	}

	Element root() {
		Element root = document.createElementNS(EdxmlCodec.NAMESPACE, "edXML");
		root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", EdxmlCodec.NAMESPACE);
		root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:edXML", EdxmlCodec.NAMESPACE);
		root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xlink", XLINK);
		document.appendChild(root);
		return root;
	}

	/** A child {@code edXML:name}. */
	Element add(Element parent, String name) {
		Element e = document.createElementNS(EdxmlCodec.NAMESPACE, "edXML:" + name);
		parent.appendChild(e);
		return e;
	}

	/** A child in the default (edXML) namespace without prefix, as the attachment part is written. */
	Element addPlain(Element parent, String name) {
		Element e = document.createElementNS(EdxmlCodec.NAMESPACE, name);
		parent.appendChild(e);
		return e;
	}

	void text(Element parent, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			add(parent, name).setTextContent(value.toString());
		}
	}

	void plainText(Element parent, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			addPlain(parent, name).setTextContent(value.toString());
		}
	}
}

package vn.tinhso.exchange.edxml;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.tinhso.exchange.EdxmlCodec;

/**
 * Reading edXML elements by name, each read naming its path so a refusal says which field is wrong.
 * Elements are matched by local name in the edXML namespace, or in no namespace (some implementations
 * write the attachment part unqualified); their order does not matter.
 */
final class Nodes {

	private Nodes() {
	}

	/** The {@code edXMLEnvelope}, whether it is wrapped in an {@code edXML} root or is the root itself. */
	static Element envelope(Document document) {
		Element root = document.getDocumentElement();
		if (!EdxmlCodec.NAMESPACE.equals(root.getNamespaceURI())) {
			throw EdxmlErrors.wrongNamespace(root.getNamespaceURI());
		}
		if ("edXMLEnvelope".equals(root.getLocalName())) {
			return root;
		}
		if (!"edXML".equals(root.getLocalName())) {
			throw EdxmlErrors.missing("edXML");
		}
		return required(root, "edXMLEnvelope", "edXMLEnvelope");
	}

	static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		if (parent == null) {
			return found;
		}
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getLocalName())
					&& (e.getNamespaceURI() == null || EdxmlCodec.NAMESPACE.equals(e.getNamespaceURI()))) {
				found.add(e);
			}
		}
		return found;
	}

	/** The one child of that name, or null; two of them are refused. */
	static Element single(Element parent, String name, String path) {
		List<Element> found = children(parent, name);
		if (found.size() > 1) {
			throw EdxmlErrors.invalid(path, "edxml.repeated");
		}
		return found.isEmpty() ? null : found.get(0);
	}

	static Element required(Element parent, String name, String path) {
		Element e = single(parent, name, path);
		if (e == null) {
			throw EdxmlErrors.missing(path);
		}
		return e;
	}

	/** The child's text without surrounding white space, or null when absent or blank. */
	static String text(Element parent, String name, String path) {
		Element e = single(parent, name, path);
		if (e == null) {
			return null;
		}
		String text = e.getTextContent().strip();
		return text.isEmpty() ? null : text;
	}

	static Integer integer(Element parent, String name, String path) {
		String text = text(parent, name, path);
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException e) {
			throw EdxmlErrors.invalid(path, "edxml.not-a-number", text);
		}
	}

	static LocalDate date(Element parent, String name, String path) {
		String text = text(parent, name, path);
		return text == null ? null : EdxmlDates.parseDate(text, path);
	}

	static Instant time(Element parent, String name, String path) {
		String text = text(parent, name, path);
		return text == null ? null : EdxmlDates.parseTime(text, path);
	}
}

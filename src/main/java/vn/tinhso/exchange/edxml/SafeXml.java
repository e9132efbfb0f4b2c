package vn.tinhso.exchange.edxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML parsing and writing for messages from outside: the JDK's own parser (not whatever a jar on the
 * class path registers) with DOCTYPEs refused outright, so no entity (external or billion-laughs) and no
 * external DTD can ever be read, plus the JDK's secure-processing limits and a cap on nesting depth.
 */
final class SafeXml {

	private static final int MAX_DEPTH = 64;

	private SafeXml() {
	}

	static Document parse(byte[] xml) {
		try {
			DocumentBuilder builder = factory().newDocumentBuilder();
			builder.setErrorHandler(new Quiet());
			builder.setEntityResolver((publicId, systemId) -> {
				throw new SAXException("external entities are not read");
			});
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXParseException e) {
			throw EdxmlErrors.malformed(e.getLineNumber(), e.getColumnNumber());
		}
		catch (SAXException | IOException e) {
			throw EdxmlErrors.malformed(-1, -1);
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	static Document newDocument() {
		try {
			return factory().newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The document as UTF-8 bytes, exactly as built: no indentation, which would break the signature. */
	static byte[] serialize(Document document) {
		try {
			TransformerFactory factory = TransformerFactory.newDefaultInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "no");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException e) {
			throw new IllegalStateException(e);
		}
	}

	private static DocumentBuilderFactory factory() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		return factory;
	}

	/** Errors become exceptions; nothing is printed to standard error. */
	private static final class Quiet implements ErrorHandler {

		@Override
		public void warning(SAXParseException e) {
		}

		@Override
		public void error(SAXParseException e) throws SAXException {
			throw e;
		}

		@Override
		public void fatalError(SAXParseException e) throws SAXException {
			throw e;
		}
	}
}

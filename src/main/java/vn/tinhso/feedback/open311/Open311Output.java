package vn.tinhso.feedback.open311;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes Open311 answers. JSON: an array of objects (or one object), with Jackson. XML: the same rows
 * as child elements of a root element, with the JDK's StAX writer (UTF-8, XML declaration); a null
 * value is an empty element, a list is an element holding one element per item.
 */
@Component
class Open311Output {

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final JsonMapper json;

	Open311Output(JsonMapper json) {
		this.json = json;
	}

	/** A list: {@code [ {...} ]} or {@code <root><item>...</item></root>}. */
	ResponseEntity<byte[]> list(Format format, int status, String root, String item, List<? extends Map<String, ?>> rows) {
		byte[] body = format == Format.JSON ? json.writeValueAsBytes(rows) : xml(root, item, rows, false);
		return ResponseEntity.status(status).contentType(format.mediaType()).body(body);
	}

	/** One object: {@code {...}} or {@code <root>...</root>}. */
	ResponseEntity<byte[]> object(Format format, String root, Map<String, ?> row) {
		byte[] body = format == Format.JSON ? json.writeValueAsBytes(row) : xml(root, null, List.of(row), true);
		return ResponseEntity.ok().contentType(format.mediaType()).body(body);
	}

	private static byte[] xml(String root, String item, List<? extends Map<String, ?>> rows, boolean single) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
			w.writeStartDocument("UTF-8", "1.0");
			w.writeStartElement(root);
			for (Map<String, ?> row : rows) {
				if (!single) {
					w.writeStartElement(item);
				}
				fields(w, row);
				if (!single) {
					w.writeEndElement();
				}
			}
			w.writeEndElement();
			w.writeEndDocument();
			w.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("Could not write Open311 XML", e);
		}
		return out.toByteArray();
	}

	private static void fields(XMLStreamWriter w, Map<String, ?> row) throws XMLStreamException {
		for (Map.Entry<String, ?> field : row.entrySet()) {
			Object value = field.getValue();
			if (value == null) {
				w.writeEmptyElement(field.getKey());
			}
			else if (value instanceof List<?> list) {
				w.writeStartElement(field.getKey());
				for (Object element : list) {
					w.writeStartElement(singular(field.getKey()));
					if (element instanceof Map<?, ?> map) {
						@SuppressWarnings("unchecked")
						Map<String, ?> nested = (Map<String, ?>) map;
						fields(w, nested);
					}
					else {
						w.writeCharacters(text(element));
					}
					w.writeEndElement();
				}
				w.writeEndElement();
			}
			else {
				w.writeStartElement(field.getKey());
				w.writeCharacters(text(value));
				w.writeEndElement();
			}
		}
	}

	private static String singular(String name) {
		return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
	}

	/** The value's text without the characters XML 1.0 cannot carry (control characters but tab and line ends). */
	private static String text(Object value) {
		String s = String.valueOf(value);
		StringBuilder clean = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
				if (c != 0xFFFE && c != 0xFFFF) {
					clean.append(c);
				}
			}
		}
		return clean.toString();
	}
}

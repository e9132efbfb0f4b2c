package vn.tinhso.directory.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.tinhso.platform.DomainException;

/**
 * A CSV file as rows of named values with the line each row starts on. Accepts a UTF-8 BOM and
 * either the Vietnamese or the English column names ({@code aliases}: canonical → accepted names).
 */
final class CsvRows {

	/** One data row; {@code line} is the 1-based line in the file. */
	record Row(long line, Map<String, String> values) {
		String get(String column) {
			return values.getOrDefault(column, "");
		}
	}

	private CsvRows() {
	}

	static List<Row> parse(byte[] content, Map<String, List<String>> aliases, List<String> required) {
		String text = decode(content);
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw DomainException.invalid("import.empty");
			}
			Map<Integer, String> columns = columns(records.next(), aliases, required);
			List<Row> rows = new ArrayList<>();
			while (true) {
				long line = parser.getCurrentLineNumber() + 1;
				if (!records.hasNext()) {
					break;
				}
				CSVRecord record = records.next();
				Map<String, String> values = new HashMap<>();
				columns.forEach((index, name) -> values.put(name, index < record.size() ? record.get(index) : ""));
				rows.add(new Row(line, values));
			}
			return rows;
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
			throw DomainException.invalid("import.malformed-csv");
		}
	}

	private static Map<Integer, String> columns(CSVRecord header, Map<String, List<String>> aliases,
			List<String> required) {
		Map<Integer, String> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			int index = i;
			aliases.forEach((canonical, accepted) -> {
				if (accepted.contains(name)) {
					columns.put(index, canonical);
				}
			});
		}
		List<String> missing = required.stream().filter(r -> !columns.containsValue(r)).toList();
		if (!missing.isEmpty()) {
			throw DomainException.invalid("import.columns-missing", String.join(", ", missing));
		}
		return columns;
	}

	private static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			return Normalizer.normalize(text, Normalizer.Form.NFC);
		}
		catch (CharacterCodingException e) {
			throw DomainException.invalid("import.not-utf8");
		}
	}
}

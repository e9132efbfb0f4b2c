package vn.tinhso.document.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tinhso.directory.AgencyCode;
import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;

/**
 * The recipients of a draft as entered: an agency code of this installation ({@code 000.17.22.H56}), or the
 * code of an organ outside followed by its name ({@code 000.00.00.H27 Ủy ban nhân dân tỉnh Bắc Ninh}), which
 * will get the document as an edXML package. An entry may hold several lines, one recipient each (the
 * form's box for outside recipients). A code alone that is not ours is refused: the name is what tells an
 * intended outside recipient from a mistyped code.
 */
final class RecipientEntries {

	/** One recipient to store. */
	record Entry(String code, String name, boolean internal) {
	}

	static final int NAME_MAX = 300;

	private static final Pattern ENTRY = Pattern.compile("^([0-9A-Za-z.]*)\\s*[|:–-]?\\s*(.*)$", Pattern.DOTALL);

	private RecipientEntries() {
	}

	/** The recipients, or problems; a secret document never leaves the installation over the exchange. */
	static List<Entry> read(List<String> entries, String sender, boolean secret, AgencyDirectory agencies,
			FormChecks check) {
		Map<String, Entry> found = new LinkedHashMap<>();
		List<String> list = entries == null ? List.of()
				: entries.stream().filter(e -> e != null).flatMap(String::lines).filter(e -> !e.isBlank()).map(String::strip)
						.distinct().toList();
		for (int i = 0; i < list.size(); i++) {
			String field = "recipients[" + i + "]";
			Matcher m = ENTRY.matcher(list.get(i));
			m.matches();
			String code = m.group(1).toUpperCase(java.util.Locale.ROOT);
			String name = m.group(2).strip();
			Optional<AgencySummary> local = agencies.findByCode(code);
			if (local.isPresent()) {
				if (!local.get().active() || code.equals(sender)) {
					check.problem(field, "document.recipient.unknown", code);
				}
				else {
					found.putIfAbsent(code, new Entry(code, local.get().name(), true));
				}
			}
			else if (!AgencyCode.isWellFormed(code)) {
				check.problem(field, "document.recipient.unknown", list.get(i));
			}
			else if (name.isEmpty()) {
				check.problem(field, "document.recipient.outside-name", code);
			}
			else if (name.length() > NAME_MAX) {
				check.problem(field, "value.too-long", NAME_MAX);
			}
			else if (secret) {
				check.problem(field, "document.recipient.secret-outside", code);
			}
			else {
				found.putIfAbsent(code, new Entry(code, name, false));
			}
		}
		return new ArrayList<>(found.values());
	}
}

package vn.tinhso.document.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The kinds of administrative document (Decree 30, Appendix III), read once: they change only by migration. */
@Component
public class DocumentTypes {

	/** A kind of document: {@code notation} is its abbreviation in notations, empty for công văn. */
	public record DocumentType(String code, String name, String notation) {
	}

	private final JdbcClient jdbc;
	private volatile List<DocumentType> all;

	DocumentTypes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<DocumentType> all() {
		if (all == null) {
			all = jdbc.sql("select code, name, notation from document_type order by sort_order")
					.query((rs, i) -> new DocumentType(rs.getString(1), rs.getString(2), rs.getString(3))).list();
		}
		return all;
	}

	public Optional<DocumentType> find(String code) {
		Map<String, DocumentType> byCode = all().stream().collect(Collectors.toMap(DocumentType::code, Function.identity()));
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}
}

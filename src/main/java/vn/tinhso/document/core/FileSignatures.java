package vn.tinhso.document.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.signing.PdfVerification;
import vn.tinhso.signing.SignatureCheck;
import vn.tinhso.signing.VerificationReport;

/**
 * Verifies the signatures of a PDF that arrives (registered, delivered inside the installation, or from an
 * edXML package) and keeps the outcome by content: the first document with a file pays for the
 * verification, every later one with the same file reads it. Nothing is refused here: an unsigned scan,
 * a broken signature or an unreadable file is recorded as such and shown, so nothing accepted is lost.
 */
@Component
class FileSignatures {

	private static final Logger log = LoggerFactory.getLogger(FileSignatures.class);

	private final PdfVerification verification;
	private final JdbcClient jdbc;
	private final Clock clock;

	FileSignatures(PdfVerification verification, JdbcClient jdbc, Clock clock) {
		this.verification = verification;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The outcome for this content (the file must already be in the file store), verified and stored the first
	 * time the content is seen.
	 */
	FileVerification record(String sha256, byte[] pdf) {
		Optional<FileVerification> known = find(sha256);
		if (known.isPresent()) {
			return known.get();
		}
		FileVerification found = verify(sha256, pdf);
		int inserted = jdbc.sql("""
				insert into document_file_check (file_sha256, outcome, signed, all_valid, detail, checked_at)
				values (?, ?, ?, ?, ?, ?) on conflict (file_sha256) do nothing""")
				.params(sha256, found.outcome(), found.signed(), found.allValid(), found.detail(), found.checkedAt())
				.update();
		if (inserted == 0) {
			// Verified at the same moment for another document: that outcome stands.
			return find(sha256).orElse(found);
		}
		List<SignatureCheck> checks = found.signatures();
		for (int i = 0; i < checks.size(); i++) {
			SignatureCheck c = checks.get(i);
			jdbc.sql("""
					insert into document_file_signature (file_sha256, position, signer_name, organisation, signing_time,
					  level, intact, trusted, revocation, covers_whole, indication, detail, timestamp_time)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(sha256, i + 1, cut(c.signerName() == null ? "" : c.signerName(), 300),
							cut(c.signerOrganisation(), 300), c.signingTime(), cut(c.level(), 40), c.intact(), c.trusted(),
							cut(c.revocation() == null ? "UNKNOWN" : c.revocation(), 20), c.coversWholeDocument(),
							cut(c.indication(), 20), cut(c.detail() == null ? "" : c.detail(), 1000), c.timestampTime())
					.update();
		}
		return found;
	}

	Optional<FileVerification> find(String sha256) {
		return Optional.ofNullable(of(List.of(sha256)).get(sha256));
	}

	/** The stored outcomes of these contents; a file never verified has no entry. */
	Map<String, FileVerification> of(Collection<String> sha256s) {
		if (sha256s.isEmpty()) {
			return Map.of();
		}
		List<String> keys = List.copyOf(new LinkedHashSet<>(sha256s));
		Map<String, List<SignatureCheck>> checks = new HashMap<>();
		jdbc.sql("select * from document_file_signature where file_sha256 in (:keys) order by file_sha256, position")
				.param("keys", keys)
				.query((ResultSet rs) -> {
					checks.computeIfAbsent(rs.getString("file_sha256"), k -> new ArrayList<>()).add(check(rs));
				});
		Map<String, FileVerification> found = new HashMap<>();
		jdbc.sql("select * from document_file_check where file_sha256 in (:keys)").param("keys", keys)
				.query((ResultSet rs) -> {
					String sha = rs.getString("file_sha256");
					found.put(sha, new FileVerification(sha, rs.getString("outcome"), rs.getBoolean("signed"),
							rs.getBoolean("all_valid"), rs.getString("detail"), local(rs, "checked_at"),
							checks.getOrDefault(sha, List.of())));
				});
		return found;
	}

	private FileVerification verify(String sha256, byte[] pdf) {
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		try {
			VerificationReport report = verification.verify(pdf);
			return new FileVerification(sha256, FileVerification.outcomeOf(report.signatures()), report.signed(),
					report.allValid(), "", now, report.signatures());
		}
		catch (DomainException e) {
			return unreadable(sha256, e.code(), now);
		}
		catch (RuntimeException e) {
			// A PDF the validator chokes on is still a registered document; say so rather than lose it.
			log.warn("Could not verify the signatures of file {}: {}", sha256, e.toString());
			return unreadable(sha256, e.getClass().getSimpleName(), now);
		}
	}

	private static FileVerification unreadable(String sha256, String why, OffsetDateTime now) {
		return new FileVerification(sha256, FileVerification.UNREADABLE, false, false, cut(why, 500), now, List.of());
	}

	private static SignatureCheck check(ResultSet rs) throws SQLException {
		return new SignatureCheck(rs.getString("signer_name"), rs.getString("organisation"), local(rs, "signing_time"),
				rs.getString("level"), rs.getBoolean("intact"), rs.getBoolean("trusted"), rs.getString("revocation"),
				rs.getBoolean("covers_whole"), rs.getString("indication"), rs.getString("detail"),
				local(rs, "timestamp_time"));
	}

	/** A stored instant in province time, as every date on the pages. */
	private static OffsetDateTime local(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.atZoneSameInstant(ProvinceTime.ZONE).toOffsetDateTime();
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}
}

package vn.tinhso.dossier.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.DomainException;

/**
 * Dossier codes {@code <agency code>-<yyMMdd>-<4-digit daily sequence>}. The counter row per agency
 * and day is incremented with an upsert in the submitting transaction, so concurrent submissions
 * get consecutive numbers and a rolled-back submission gives its number back.
 */
@Component
class DossierCodes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
	private static final int MAX_PER_DAY = 9999;

	private final JdbcClient jdbc;

	DossierCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(String agencyCode, LocalDate day) {
		int sequence = jdbc.sql("""
				insert into dossier_sequence (agency_code, day, last) values (?, ?, 1)
				on conflict (agency_code, day) do update set last = dossier_sequence.last + 1
				returning last""").params(agencyCode, day).query(Integer.class).single();
		if (sequence > MAX_PER_DAY) {
			throw DomainException.conflict("dossier.sequence.exhausted", agencyCode);
		}
		return agencyCode + "-" + DAY.format(day) + "-" + String.format("%04d", sequence);
	}
}

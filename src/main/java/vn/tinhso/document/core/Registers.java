package vn.tinhso.document.core;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Document registers (sổ văn bản) and their numbers. Each agency has an incoming and an outgoing
 * register, and separate ones for secret documents; they are made on first use. Numbers come from an
 * upsert on the counter row inside the registering transaction: concurrent registrations wait for one
 * another, so numbers are unique and, because a rolled-back transaction rolls the counter back too,
 * without gaps. Incoming numbers run through the year; outgoing ones per type; both restart on 1 January.
 */
@Component
class Registers {

	private final JdbcClient jdbc;

	Registers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long registerOf(String agencyCode, Direction direction, boolean secret) {
		String name = (direction == Direction.IN ? "Sổ văn bản đến" : "Sổ văn bản đi") + (secret ? " (mật)" : "");
		jdbc.sql("""
				insert into document_register (agency_code, direction, secret, name) values (?, ?, ?, ?)
				on conflict (agency_code, direction, secret) do nothing""")
				.params(agencyCode, direction.name(), secret, name).update();
		return jdbc.sql("select id from document_register where agency_code = ? and direction = ? and secret = ?")
				.params(agencyCode, direction.name(), secret).query(Long.class).single();
	}

	/** The next number of the register in the year; {@code series} is '' for incoming, the type code for outgoing. */
	int next(long registerId, int year, String series) {
		return jdbc.sql("""
				insert into document_number (register_id, year, series, last) values (?, ?, ?, 1)
				on conflict (register_id, year, series) do update set last = document_number.last + 1
				returning last""")
				.params(registerId, (short) year, series).query(Integer.class).single();
	}
}

package vn.tinhso.support;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import vn.tinhso.directory.Role;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.catalogue.ProcedureService;

/** Builds test data straight in the database, each piece with unique codes and names. */
@Component
public class Fixtures {

	public static final String ROOT = "000.00.00.H99";
	public static final String PASSWORD = "Test@Password1";

	private static final AtomicInteger LEVEL2 = new AtomicInteger(1);
	private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;
	private String passwordHash;

	private final ProcedureService procedures;

	Fixtures(JdbcClient jdbc, PasswordEncoder encoder, ProcedureService procedures) {
		this.jdbc = jdbc;
		this.procedures = procedures;
		this.encoder = encoder;
	}

	/** The province root every test agency hangs under. */
	public synchronized String root() {
		if (agencyId(ROOT) == null) {
			insertAgency(ROOT, null, "Ủy ban nhân dân tỉnh Thử Nghiệm", "UBND", "PROVINCE");
		}
		return ROOT;
	}

	/**
	 * A new department directly under the root ({@code 000.00.zz.H99}); after the 99th the suffix moves on
	 * (H98, H97, ...) so a whole test run never runs out of codes.
	 */
	public String department() {
		root();
		int n = LEVEL2.getAndIncrement();
		int zz = 1 + (n - 1) % 99;
		int suffix = 99 - (n - 1) / 99;
		if (suffix < 10) {
			throw new IllegalStateException("Out of level-2 test codes");
		}
		String code = String.format("000.00.%02d.H%02d", zz, suffix);
		insertAgency(code, ROOT, "Sở Thử nghiệm " + n, "STN" + n, "DEPARTMENT");
		return code;
	}

	/** A new unit under a department ({@code 000.yy.zz.H99}) or under such a unit ({@code xxx.yy.zz.H99}). */
	public String unitUnder(String parentCode) {
		String[] p = parentCode.split("\\.");
		int n = SEQUENCE.getAndIncrement();
		String code = childCode(p, n);
		while (agencyId(code) != null) {
			n = SEQUENCE.getAndIncrement();
			code = childCode(p, n);
		}
		insertAgency(code, parentCode, "Đơn vị thử nghiệm " + n, "DV" + n, "COMMUNE");
		return code;
	}

	private static String childCode(String[] parent, int n) {
		return parent[1].equals("00") ? String.format("000.%02d.%s.%s", 1 + n % 99, parent[2], parent[3])
				: String.format("%03d.%s.%s.%s", 1 + n % 999, parent[1], parent[2], parent[3]);
	}

	/** An active official with the given roles in their home agency; password {@link #PASSWORD}. */
	public String official(String agencyCode, Role... roles) {
		String username = "tester" + SEQUENCE.getAndIncrement() + "_" + ThreadLocalRandom.current().nextInt(1000);
		long accountId = jdbc.sql("""
				insert into account (username, kind, display_name, email, phone, password_hash)
				values (?, 'OFFICIAL', ?, ?, '', ?) returning id""")
				.params(username, "Cán bộ " + username, username + "@test.gov.vn", hash()).query(Long.class).single();
		jdbc.sql("insert into official (account_id, agency_id, position) values (?, ?, 'Chuyên viên')")
				.params(accountId, agencyId(agencyCode)).update();
		for (Role role : roles) {
			grant(username, role, agencyCode);
		}
		return username;
	}

	public void grant(String username, Role role, String agencyCode) {
		jdbc.sql("insert into official_role (account_id, agency_id, role) select id, ?, ? from account where username = ?")
				.params(agencyId(agencyCode), role.name(), username).update();
	}

	/** A citizen account with a valid personal id (returned; it is also the username). */
	public String citizen() {
		String personalId = String.format("0270%02d%06d", 80 + ThreadLocalRandom.current().nextInt(20),
				SEQUENCE.getAndIncrement());
		long accountId = jdbc.sql("""
				insert into account (username, kind, display_name, email, password_hash)
				values (?, 'CITIZEN', 'Công dân thử nghiệm', ?, ?) returning id""")
				.params(personalId, personalId + "@example.vn", hash()).query(Long.class).single();
		jdbc.sql("insert into citizen (account_id, personal_id, full_name) values (?, ?, 'Công dân thử nghiệm')")
				.params(accountId, personalId).update();
		return personalId;
	}

	/** A published province-level procedure implemented by {@code agencyCode}; returns its catalogue code. */
	public String procedure(String agencyCode) {
		root();
		return procedures.create(ProcedureSamples.of("Thủ tục thử nghiệm " + SEQUENCE.getAndIncrement(),
				ProcedureLevel.PROVINCE, List.of(agencyCode))).code();
	}

	public static RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
	}

	public Long agencyId(String code) {
		return jdbc.sql("select id from agency where code = ?").param(code).query(Long.class).optional().orElse(null);
	}

	private void insertAgency(String code, String parentCode, String name, String abbreviation, String kind) {
		Long parentId = parentCode == null ? null : agencyId(parentCode);
		String parentPath = parentCode == null ? "/"
				: jdbc.sql("select path from agency where id = ?").param(parentId).query(String.class).single();
		long id = jdbc.sql("""
				insert into agency (code, parent_id, path, name, short_name, abbreviation, kind)
				values (?, ?, '', ?, ?, ?, ?) returning id""")
				.params(code, parentId, name, name, abbreviation, kind).query(Long.class).single();
		jdbc.sql("update agency set path = ? where id = ?").params(parentPath + id + "/", id).update();
	}

	private synchronized String hash() {
		if (passwordHash == null) {
			passwordHash = encoder.encode(PASSWORD);
		}
		return passwordHash;
	}
}

package vn.tinhso.directory.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.platform.AccountKind;

/** The account table: credentials and sign-in state. */
@Repository
public class Accounts {

	/** Accounts with the roles their officials hold anywhere, read in the same round trip as the row. */
	private static final String SELECT = "select a.*, array(select distinct r.role from official_role r"
			+ " where r.account_id = a.id order by 1) as roles from account a";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AccountRow> findByUsername(String username) {
		return jdbc.sql(SELECT + " where lower(a.username) = lower(?)").param(username)
				.query(Accounts::row).optional();
	}

	public Optional<AccountRow> findById(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Accounts::row).optional();
	}

	public boolean usernameTaken(String username) {
		return jdbc.sql("select exists (select 1 from account where lower(username) = lower(?))").param(username)
				.query(Boolean.class).single();
	}

	public long insert(AccountKind kind, String username, String displayName, String email, String phone,
			String passwordHash, boolean mustChangePassword) {
		return jdbc.sql("""
				insert into account (username, kind, display_name, email, phone, password_hash, must_change_password)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(username, kind.name(), displayName, email, phone, passwordHash, mustChangePassword)
				.query(Long.class).single();
	}

	/** Updates the profile if the account is still at {@code expectedVersion}; false when someone changed it first. */
	public boolean updateProfile(long id, int expectedVersion, String displayName, String email, String phone) {
		return jdbc.sql("update account set display_name = ?, email = ?, phone = ?, version = version + 1 "
				+ "where id = ? and version = ?").params(displayName, email, phone, id, expectedVersion).update() == 1;
	}

	/** Counts a failed sign-in and returns the number of consecutive failures. */
	int recordFailure(long id) {
		return jdbc.sql("update account set failed_logins = failed_logins + 1 where id = ? returning failed_logins")
				.param(id).query(Integer.class).single();
	}

	void lockUntil(long id, OffsetDateTime until) {
		jdbc.sql("update account set locked_until = ?, failed_logins = 0 where id = ?").params(until, id).update();
	}

	/**
	 * Clears failures and notes the sign-in time, at most once a minute per account: API clients
	 * authenticate on every request, and rewriting the same row each time would serialise them all on
	 * its lock and a disk flush.
	 */
	/**
	 * Clears failures and notes the sign-in time; at most once a minute for an account that signs in
	 * on every request (HTTP Basic), decided from the row already read so that most requests write nothing.
	 */
	void recordSuccess(AccountRow account, OffsetDateTime now) {
		boolean recent = account.lastLoginAt() != null && account.lastLoginAt().isAfter(now.minusMinutes(1));
		if (account.failedLogins() > 0 || account.lockedUntil() != null || !recent) {
			jdbc.sql("update account set failed_logins = 0, locked_until = null, last_login_at = now() where id = ?")
					.param(account.id()).update();
		}
	}

	public void setPassword(long id, String hash, boolean mustChange) {
		jdbc.sql("update account set password_hash = ?, must_change_password = ?, failed_logins = 0, locked_until = null,"
				+ " version = version + 1 where id = ?").params(hash, mustChange, id).update();
	}

	void setTotp(long id, String secret, boolean enabled) {
		jdbc.sql("update account set totp_secret = ?, totp_enabled = ?, totp_last_step = 0 where id = ?")
				.params(secret, enabled, id).update();
	}

	/** Marks a TOTP step as used; false if it (or a later one) was used already. */
	boolean useTotpStep(long id, long step) {
		return jdbc.sql("update account set totp_last_step = ? where id = ? and totp_last_step < ?")
				.params(step, id, step).update() == 1;
	}

	public void setActive(long id, boolean active) {
		jdbc.sql("update account set active = ?, version = version + 1 where id = ?").params(active, id).update();
	}

	Optional<AccountRow> findByOidc(String issuer, String subject) {
		return jdbc.sql(SELECT + " where a.oidc_issuer = ? and a.oidc_subject = ?").params(issuer, subject)
				.query(Accounts::row).optional();
	}

	void linkOidc(long id, String issuer, String subject) {
		jdbc.sql("update account set oidc_issuer = ?, oidc_subject = ? where id = ?").params(issuer, subject, id).update();
	}

	public boolean mustChangePassword(long id) {
		return jdbc.sql("select must_change_password from account where id = ?").param(id).query(Boolean.class)
				.optional().orElse(false);
	}

	static AccountRow row(ResultSet rs, int i) throws SQLException {
		return new AccountRow(rs.getLong("id"), rs.getString("username"), AccountKind.valueOf(rs.getString("kind")),
				rs.getString("display_name"), rs.getString("email"), rs.getString("phone"),
				rs.getString("password_hash"), rs.getBoolean("must_change_password"), rs.getInt("failed_logins"),
				rs.getObject("locked_until", OffsetDateTime.class), rs.getString("totp_secret"),
				rs.getBoolean("totp_enabled"), rs.getLong("totp_last_step"), rs.getBoolean("active"),
				rs.getObject("last_login_at", OffsetDateTime.class), List.of((String[]) rs.getArray("roles").getArray()));
	}
}

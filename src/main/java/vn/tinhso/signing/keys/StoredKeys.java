package vn.tinhso.signing.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.signing.SigningKey;

/** The {@code signing_key} table: sealed private keys with their public certificate chains. */
@Repository
public class StoredKeys {

	private final JdbcClient jdbc;
	private final KeySealer sealer;
	private final MasterKey master;

	StoredKeys(JdbcClient jdbc, KeySealer sealer, MasterKey master) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.master = master;
	}

	/** Stores or replaces the owner's key. */
	public void save(KeyOwner owner, PrivateKey key, List<X509Certificate> chain, String source, Long storedBy) {
		write(owner, key, chain, source, storedBy, """
				on conflict (owner_kind, owner_ref) do update set chain = excluded.chain, subject = excluded.subject,
				  issuer = excluded.issuer, serial = excluded.serial, not_before = excluded.not_before,
				  not_after = excluded.not_after, sealed_key = excluded.sealed_key,
				  master_key_id = excluded.master_key_id, source = excluded.source, stored_at = now(),
				  stored_by = excluded.stored_by""");
	}

	/** Stores the key unless the owner has one already (two nodes creating the demo root at once). */
	void saveIfAbsent(KeyOwner owner, PrivateKey key, List<X509Certificate> chain, String source) {
		write(owner, key, chain, source, null, "on conflict (owner_kind, owner_ref) do nothing");
	}

	private void write(KeyOwner owner, PrivateKey key, List<X509Certificate> chain, String source, Long storedBy,
			String onConflict) {
		X509Certificate cert = chain.get(0);
		jdbc.sql("""
				insert into signing_key (owner_kind, owner_ref, chain, subject, issuer, serial, not_before, not_after,
				                         sealed_key, master_key_id, source, stored_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""" + onConflict)
				.params(owner.kind().name(), owner.ref(), Certificates.encodePath(chain),
						cert.getSubjectX500Principal().getName(), cert.getIssuerX500Principal().getName(),
						cert.getSerialNumber().toString(16), utc(cert.getNotBefore()), utc(cert.getNotAfter()),
						sealer.seal(key.getEncoded(), owner), master.id(), source, storedBy)
				.update();
	}

	/** Opens the owner's key; only the caller that signs should ask. */
	public Optional<SigningKey> load(KeyOwner owner) {
		record Row(byte[] chain, byte[] sealed) {
		}
		return jdbc.sql("select chain, sealed_key from signing_key where owner_kind = ? and owner_ref = ?")
				.params(owner.kind().name(), owner.ref())
				.query((rs, i) -> new Row(rs.getBytes(1), rs.getBytes(2))).optional()
				.map(row -> {
					List<X509Certificate> chain = Certificates.decodePath(row.chain());
					return (SigningKey) new SoftwareKey(privateKey(sealer.open(row.sealed(), owner), chain.get(0)), chain);
				});
	}

	public Optional<List<X509Certificate>> chain(KeyOwner owner) {
		return jdbc.sql("select chain from signing_key where owner_kind = ? and owner_ref = ?")
				.params(owner.kind().name(), owner.ref()).query((rs, i) -> rs.getBytes(1)).optional()
				.map(Certificates::decodePath);
	}

	/** True when the owner has a key whose certificate is valid now. */
	public boolean usable(KeyOwner owner, OffsetDateTime now) {
		return jdbc.sql("""
				select exists (select 1 from signing_key where owner_kind = ? and owner_ref = ?
				  and not_before <= ? and not_after > ?)""")
				.params(owner.kind().name(), owner.ref(), now, now).query(Boolean.class).single();
	}

	public List<KeyInfo> list() {
		return jdbc.sql("""
				select owner_kind, owner_ref, subject, issuer, serial, not_before, not_after, source, stored_at
				from signing_key where owner_kind <> 'DEMO_CA' order by owner_kind, owner_ref""")
				.query(StoredKeys::info).list();
	}

	public Optional<KeyInfo> find(KeyOwner owner) {
		return jdbc.sql("""
				select owner_kind, owner_ref, subject, issuer, serial, not_before, not_after, source, stored_at
				from signing_key where owner_kind = ? and owner_ref = ?""")
				.params(owner.kind().name(), owner.ref()).query(StoredKeys::info).optional();
	}

	public boolean delete(KeyOwner owner) {
		return jdbc.sql("delete from signing_key where owner_kind = ? and owner_ref = ?")
				.params(owner.kind().name(), owner.ref()).update() > 0;
	}

	private static KeyInfo info(ResultSet rs, int row) throws SQLException {
		return new KeyInfo(new KeyOwner(KeyOwner.Kind.valueOf(rs.getString(1)), rs.getString(2)), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
				rs.getObject(7, OffsetDateTime.class), rs.getString(8), rs.getObject(9, OffsetDateTime.class));
	}

	private static PrivateKey privateKey(byte[] pkcs8, X509Certificate cert) {
		try {
			return KeyFactory.getInstance(cert.getPublicKey().getAlgorithm()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A stored private key does not parse", e);
		}
	}

	private static OffsetDateTime utc(java.util.Date date) {
		return date.toInstant().atOffset(ZoneOffset.UTC);
	}
}

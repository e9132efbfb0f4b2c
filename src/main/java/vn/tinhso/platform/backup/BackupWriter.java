package vn.tinhso.platform.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import vn.tinhso.platform.backup.Manifest.Database;
import vn.tinhso.platform.backup.Manifest.KeyFile;
import vn.tinhso.platform.backup.Manifest.Sequence;
import vn.tinhso.platform.backup.Manifest.StoredFiles;

/**
 * Writes a consistent logical backup while the application keeps running: every table is copied inside
 * one REPEATABLE READ, READ ONLY transaction (one snapshot, so foreign keys agree across tables and no
 * writer is blocked), followed by the store files those rows reference and, if wanted, the signing
 * master key file.
 */
final class BackupWriter {

	private final DataSource database;
	private final Path filesDir;
	private final Path masterKeyFile;

	/**
	 * @param masterKeyFile the signing master key file to take along, or null to leave it out
	 */
	BackupWriter(DataSource database, Path filesDir, Path masterKeyFile) {
		this.database = database;
		this.filesDir = filesDir.toAbsolutePath();
		this.masterKeyFile = masterKeyFile;
	}

	Manifest write(Path to) throws IOException, SQLException {
		prepareEmpty(to);
		Files.createDirectories(to.resolve(Manifest.DATA_DIR));
		Files.createDirectories(to.resolve(Manifest.FILES_DIR));
		Manifest manifest;
		try (Connection c = database.getConnection()) {
			c.setAutoCommit(false);
			try {
				manifest = writeInSnapshot(c, to);
			}
			finally {
				c.rollback();
				c.setAutoCommit(true);
			}
		}
		manifest.writeTo(to);
		return manifest;
	}

	private Manifest writeInSnapshot(Connection c, Path to) throws IOException, SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("set transaction isolation level repeatable read, read only");
		}
		String snapshotAt;
		String schema;
		String server;
		// The first query takes the snapshot; now() (the transaction's start) is no later than it.
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select now(), current_schema(), current_setting('server_version')")) {
			rs.next();
			snapshotAt = rs.getObject(1, OffsetDateTime.class).toString();
			schema = rs.getString(2);
			server = rs.getString(3);
		}
		List<String> migrations = migrations(c);
		String version = migrations.stream().map(MigrationVersion::fromVersion).max(MigrationVersion::compareTo)
				.map(MigrationVersion::getVersion).orElse(null);
		List<Catalog.Table> tables = Catalog.tables(c);
		List<Sequence> sequences = sequences(c);
		CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
		List<Manifest.Table> written = new ArrayList<>();
		for (Catalog.Table table : tables) {
			if (!Catalog.isPlainName(table.name())) {
				throw new BackupException("Table name " + table.name() + " cannot be used as a file name");
			}
			written.add(copyOut(copy, table, to.resolve(Manifest.DATA_DIR)));
		}
		StoredFiles files = tables.stream().anyMatch(t -> t.name().equals("stored_file"))
				? copyStoredFiles(c, to.resolve(Manifest.FILES_DIR)) : new StoredFiles(0, 0, List.of(), List.of());
		KeyFile key = copyMasterKey(to);
		return new Manifest(Manifest.FORMAT, OffsetDateTime.now(ZoneOffset.UTC).toString(), snapshotAt,
				new Database(server, schema, version, migrations), written, sequences, files, key);
	}

	private static Manifest.Table copyOut(CopyManager copy, Catalog.Table table, Path dir) throws IOException, SQLException {
		String file = table.name() + ".copy.gz";
		Path path = dir.resolve(file);
		MessageDigest digest = Sha256.digest();
		long rows;
		try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.CREATE_NEW), 1 << 16);
				GZIPOutputStream gzip = fastGzip(new DigestOutputStream(raw, digest))) {
			rows = copy.copyOut("copy " + Catalog.quote(table.name()) + " (" + Catalog.columnList(table.columns()) + ") to stdout", gzip);
		}
		return new Manifest.Table(table.name(), rows, table.columns(), Manifest.DATA_DIR + "/" + file, Files.size(path),
				Sha256.hex(digest));
	}

	/** Gzip at its fastest level: on two cores compression, not the database, bounds the backup's speed. */
	private static GZIPOutputStream fastGzip(OutputStream out) throws IOException {
		return new GZIPOutputStream(out, 1 << 16) {
			{
				def.setLevel(Deflater.BEST_SPEED);
			}
		};
	}

	private static List<String> migrations(Connection c) throws SQLException {
		List<String> versions = new ArrayList<>();
		try (PreparedStatement exists = c.prepareStatement("select to_regclass(quote_ident(current_schema()) || '.' || ?) is not null")) {
			exists.setString(1, Catalog.FLYWAY_TABLE);
			try (ResultSet rs = exists.executeQuery()) {
				rs.next();
				if (!rs.getBoolean(1)) {
					throw new BackupException("The database has no " + Catalog.FLYWAY_TABLE + ": it is not a TinhSo database");
				}
			}
		}
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"select version from " + Catalog.FLYWAY_TABLE + " where success and version is not null order by installed_rank")) {
			while (rs.next()) {
				versions.add(rs.getString(1));
			}
		}
		return versions;
	}

	/**
	 * Each sequence's position, read from the sequence itself: pg_sequences shows a null last_value both
	 * for a sequence never used and for one the role may not read, and restoring the second as unused
	 * would hand out identities the backup's rows already hold.
	 */
	private static List<Sequence> sequences(Connection c) throws SQLException {
		List<String> names = new ArrayList<>();
		List<String> unreadable = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select s.relname, has_sequence_privilege(s.oid, 'SELECT')
				from pg_class s join pg_namespace n on n.oid = s.relnamespace
				where n.nspname = current_schema() and s.relkind = 'S'
				order by s.relname""")) {
			while (rs.next()) {
				(rs.getBoolean(2) ? names : unreadable).add(rs.getString(1));
			}
		}
		if (!unreadable.isEmpty()) {
			throw new BackupException("The database role may not read the sequences " + unreadable
					+ ", so their positions cannot be backed up; grant it SELECT on them or back up as their owner");
		}
		List<Sequence> sequences = new ArrayList<>();
		for (String name : names) {
			if (!Catalog.isPlainName(name)) {
				throw new BackupException("Sequence name " + name + " cannot be written to the manifest");
			}
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select last_value, is_called from " + Catalog.quote(name))) {
				rs.next();
				sequences.add(new Sequence(name, rs.getLong(1), rs.getBoolean(2)));
			}
		}
		return sequences;
	}

	/**
	 * Copies the files the snapshot's {@code stored_file} rows name. A file is written to the store before
	 * its row commits, so every one should be there; any that is not, or no longer matches its name, is
	 * recorded rather than stopping the backup.
	 */
	private StoredFiles copyStoredFiles(Connection c, Path to) throws IOException, SQLException {
		long count = 0;
		long bytes = 0;
		List<String> missing = new ArrayList<>();
		List<String> damaged = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("select trim(sha256), size from stored_file order by sha256")) {
			s.setFetchSize(1000);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					String sha = rs.getString(1);
					ContentFiles.Outcome outcome = Sha256.isHex(sha) ? ContentFiles.copy(filesDir, to, sha, false)
							: ContentFiles.Outcome.DAMAGED;
					switch (outcome) {
						case COPIED -> {
							count++;
							bytes += Files.size(ContentFiles.pathOf(to, sha));
						}
						case MISSING -> missing.add(sha);
						case DAMAGED -> damaged.add(sha);
					}
				}
			}
		}
		return new StoredFiles(count, bytes, missing, damaged);
	}

	private KeyFile copyMasterKey(Path to) throws IOException {
		if (masterKeyFile == null || !Files.isRegularFile(masterKeyFile)) {
			return null;
		}
		Path copy = to.resolve(Manifest.KEY_FILE);
		Files.copy(masterKeyFile, copy);
		OwnerOnly.file(copy);
		return new KeyFile(Manifest.KEY_FILE, Sha256.of(copy));
	}

	private static void prepareEmpty(Path to) throws IOException {
		if (Files.exists(to)) {
			try (var entries = Files.list(to)) {
				if (entries.findAny().isPresent()) {
					throw new BackupException("The backup directory " + to + " is not empty; give a new one");
				}
			}
		}
		Files.createDirectories(to);
		OwnerOnly.directory(to);
	}
}

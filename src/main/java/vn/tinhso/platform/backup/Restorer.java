package vn.tinhso.platform.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Restores a backup into an empty database and an empty file store. Everything that can be checked
 * beforehand is (the backup read end to end, the target empty, the schema version known to this
 * build) and a refusal changes nothing. Then Flyway rebuilds the schema at the backup's version, the
 * files go into the store, the tables are loaded in one transaction and counted against the manifest;
 * if any of that fails, the schema and the files are removed again.
 */
final class Restorer {

	/**
	 * @param rows rows loaded and counted
	 * @param triggersOff whether the load ran with triggers and foreign-key checks off (superuser), rather
	 *        than checking every row
	 * @param keyWritten whether the backup's master key file was put in place
	 */
	record Result(Manifest manifest, long rows, long files, boolean triggersOff, boolean keyWritten) {
	}

	private final Supplier<DataSource> target;
	private final Path filesDir;
	private final Path masterKeyFile;
	private final String[] flywayLocations;
	private final boolean acceptMissingFiles;

	/**
	 * @param target opened only once the backup has been checked, so a corrupt backup leaves even a new
	 *        embedded data directory uncreated
	 * @param masterKeyFile where the application reads its signing master key, or null when the key is
	 *        configured directly (then the backup's key file is not written anywhere)
	 */
	Restorer(Supplier<DataSource> target, Path filesDir, Path masterKeyFile, String... flywayLocations) {
		this(target, filesDir, masterKeyFile, false, flywayLocations);
	}

	private Restorer(Supplier<DataSource> target, Path filesDir, Path masterKeyFile, boolean acceptMissingFiles,
			String... flywayLocations) {
		this.target = target;
		this.filesDir = filesDir.toAbsolutePath();
		this.masterKeyFile = masterKeyFile == null ? null : masterKeyFile.toAbsolutePath();
		this.acceptMissingFiles = acceptMissingFiles;
		this.flywayLocations = flywayLocations;
	}

	/** This restorer, but restoring a backup whose store lacked files its rows reference (they stay missing). */
	Restorer acceptingMissingFiles() {
		return new Restorer(target, filesDir, masterKeyFile, true, flywayLocations);
	}

	/** The backup lacks files its rows reference; restoring it needs the operator's explicit consent. */
	static final class FilesLost extends BackupException {

		private final transient Manifest.StoredFiles files;

		FilesLost(Manifest.StoredFiles files) {
			super("The backup lacks " + files.missingOrEmpty().size() + " files that were missing and "
					+ files.damagedOrEmpty().size() + " that were damaged in the store when it was made; "
					+ "restore it anyway only with --accept-missing-files");
			this.files = files;
		}

		Manifest.StoredFiles files() {
			return files;
		}
	}

	Result restore(Path from) throws IOException, SQLException {
		Manifest manifest = BackupCheck.verify(from);
		if (!manifest.files().whole() && !acceptMissingFiles) {
			throw new FilesLost(manifest.files());
		}
		if (!ContentFiles.isEmpty(filesDir)) {
			throw new BackupException("The file store " + filesDir + " already holds files; restore only into an empty one "
					+ "(set TINHSO_FILES_DIR to a new directory)");
		}
		boolean writeKey = manifest.masterKey() != null && masterKeyFile != null && !sameKeyInPlace(manifest.masterKey());
		DataSource database = target.get();
		requireEmpty(database);
		Flyway flyway = Flyway.configure().dataSource(database).locations(flywayLocations)
				.target(manifest.database().schemaVersion()).cleanDisabled(false).load();
		requireKnownVersion(flyway, manifest);

		List<Path> written = new ArrayList<>();
		try {
			flyway.migrate();
			requireSameMigrations(database, manifest);
			long files = copyFiles(from, written);
			if (writeKey) {
				written.add(writeKey(from));
			}
			Load load = load(database, from, manifest);
			analyze(database);
			return new Result(manifest, load.rows(), files, load.triggersOff(), writeKey);
		}
		catch (IOException | SQLException | RuntimeException e) {
			String undone = undo(flyway, written);
			throw new BackupException("The restore failed and " + undone + ": " + e.getMessage(), e);
		}
	}

	private boolean sameKeyInPlace(Manifest.KeyFile key) throws IOException {
		if (!Files.exists(masterKeyFile)) {
			return false;
		}
		if (!Sha256.of(masterKeyFile).equals(key.sha256())) {
			throw new BackupException("A different signing master key file is already at " + masterKeyFile
					+ "; restore into a new data directory (the key sealing the backup's signing keys is in the backup)");
		}
		return true;
	}

	private static void requireEmpty(DataSource database) throws SQLException {
		try (Connection c = database.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select current_schema()")) {
			rs.next();
			String schema = rs.getString(1);
			if (schema == null) {
				throw new BackupException("The target database has no current schema to restore into");
			}
			long relations = Catalog.relations(c);
			if (relations > 0) {
				throw new BackupException("The target database is not empty: schema " + schema + " holds " + relations
						+ " tables, views or sequences. Restore only into an empty database (a new TINHSO_DATA_DIR, "
						+ "or a newly created database for TINHSO_DB_URL)");
			}
		}
	}

	private static void requireKnownVersion(Flyway flyway, Manifest manifest) {
		Set<MigrationVersion> known = new TreeSet<>();
		for (MigrationInfo info : flyway.info().all()) {
			if (info.getVersion() != null) {
				known.add(info.getVersion());
			}
		}
		List<String> unknown = manifest.database().migrations().stream()
				.filter(v -> !known.contains(MigrationVersion.fromVersion(v))).toList();
		if (!unknown.isEmpty()) {
			throw new BackupException("The backup's schema (version " + manifest.database().schemaVersion()
					+ ") has migrations this TinhSo does not know: " + unknown
					+ ". Restore it with the TinhSo release that made it, or a newer one");
		}
	}

	private static void requireSameMigrations(DataSource database, Manifest manifest) throws SQLException {
		Set<MigrationVersion> applied = new TreeSet<>();
		try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"select version from " + Catalog.FLYWAY_TABLE + " where success and version is not null")) {
			while (rs.next()) {
				applied.add(MigrationVersion.fromVersion(rs.getString(1)));
			}
		}
		Set<MigrationVersion> expected = manifest.database().migrations().stream().map(MigrationVersion::fromVersion)
				.collect(Collectors.toCollection(TreeSet::new));
		if (!applied.equals(expected)) {
			throw new BackupException("Migrating to version " + manifest.database().schemaVersion()
					+ " applied other migrations than the backup's database had");
		}
	}

	private long copyFiles(Path from, List<Path> written) throws IOException {
		Path root = from.resolve(Manifest.FILES_DIR);
		long count = 0;
		for (Path file : ContentFiles.all(root)) {
			String sha = ContentFiles.nameIn(root, file);
			ContentFiles.Outcome outcome = ContentFiles.copy(root, filesDir, sha, true);
			if (outcome != ContentFiles.Outcome.COPIED) {
				throw new BackupException("The backup file " + sha + " changed while restoring (" + outcome + ")");
			}
			written.add(ContentFiles.pathOf(filesDir, sha));
			count++;
		}
		return count;
	}

	private Path writeKey(Path from) throws IOException {
		Files.createDirectories(masterKeyFile.getParent());
		Path temp = Files.createTempFile(masterKeyFile.getParent(), "master", ".part");
		try {
			Files.copy(from.resolve(Manifest.KEY_FILE), temp, StandardCopyOption.REPLACE_EXISTING);
			// After the copy: replacing the file gave it the mode of the backup's copy.
			OwnerOnly.file(temp);
			try {
				Files.move(temp, masterKeyFile, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, masterKeyFile);
			}
			return masterKeyFile;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private record Load(long rows, boolean triggersOff) {
	}

	private static Load load(DataSource database, Path from, Manifest manifest) throws IOException, SQLException {
		Map<String, Manifest.Table> tables = manifest.tables().stream()
				.collect(Collectors.toMap(Manifest.Table::name, Function.identity()));
		try (Connection c = database.getConnection()) {
			c.setAutoCommit(false);
			try {
				boolean triggersOff = triggersOff(c);
				Set<String> rebuilt = new TreeSet<>(Catalog.tables(c).stream().map(Catalog.Table::name).toList());
				if (!rebuilt.equals(new TreeSet<>(tables.keySet()))) {
					throw new BackupException("The schema rebuilt at version " + manifest.database().schemaVersion()
							+ " has tables " + rebuilt + " but the backup has " + new TreeSet<>(tables.keySet()));
				}
				emptySeededTables(c, tables.keySet(), triggersOff);
				CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
				long rows = 0;
				for (String name : Catalog.loadOrder(c, tables.keySet())) {
					rows += copyIn(copy, BackupCheck.dataFile(from, tables.get(name)), tables.get(name));
				}
				setSequences(c, manifest.sequences());
				verifyCounts(c, manifest.tables());
				c.commit();
				return new Load(rows, triggersOff);
			}
			catch (IOException | SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
		}
	}

	/**
	 * Loads with triggers and foreign-key checks off when allowed (a superuser, as in the embedded
	 * database): the rows come from one consistent snapshot, and checking each of millions of rows
	 * would queue a trigger event per row and key. Otherwise the load order keeps every key satisfied.
	 */
	private static boolean triggersOff(Connection c) throws SQLException {
		Savepoint before = c.setSavepoint();
		try (Statement s = c.createStatement()) {
			s.execute("set local session_replication_role = replica");
			return true;
		}
		catch (SQLException e) {
			c.rollback(before);
			return false;
		}
	}

	/**
	 * Migrations seed reference data (document types, …); the backup's rows replace it. Only tables that
	 * hold rows are truncated (with what refers to them), as some refuse truncation by trigger (the audit
	 * log). Without the superuser's replica mode, the role (which created the tables, so owns them)
	 * switches their own triggers off around the truncation.
	 */
	private static void emptySeededTables(Connection c, Set<String> tables, boolean triggersOff) throws SQLException {
		try (Statement s = c.createStatement()) {
			List<String> seeded = new ArrayList<>();
			for (String table : new TreeSet<>(tables)) {
				try (ResultSet rs = s.executeQuery("select exists (select 1 from " + Catalog.quote(table) + ")")) {
					rs.next();
					if (rs.getBoolean(1)) {
						seeded.add(Catalog.quote(table));
					}
				}
			}
			if (seeded.isEmpty()) {
				return;
			}
			if (!triggersOff) {
				userTriggers(s, tables, "disable");
			}
			s.execute("truncate " + String.join(", ", seeded) + " cascade");
			if (!triggersOff) {
				userTriggers(s, tables, "enable");
			}
		}
	}

	private static void userTriggers(Statement s, Set<String> tables, String change) throws SQLException {
		for (String table : tables) {
			s.execute("alter table " + Catalog.quote(table) + " " + change + " trigger user");
		}
	}

	private static long copyIn(CopyManager copy, Path file, Manifest.Table table) throws IOException, SQLException {
		try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 1 << 16)) {
			long rows = copy.copyIn("copy " + Catalog.quote(table.name()) + " (" + Catalog.columnList(table.columns())
					+ ") from stdin", in);
			if (rows != table.rows()) {
				throw new BackupException("Table " + table.name() + ": loaded " + rows + " rows, the manifest says " + table.rows());
			}
			return rows;
		}
	}

	private static void setSequences(Connection c, List<Manifest.Sequence> sequences) throws SQLException {
		try (PreparedStatement set = c.prepareStatement("select setval(cast(? as regclass), ?, ?)");
				Statement restart = c.createStatement()) {
			for (Manifest.Sequence sequence : sequences) {
				if (sequence.lastValue() != null) {
					set.setString(1, Catalog.quote(sequence.name()));
					set.setLong(2, sequence.lastValue());
					set.setBoolean(3, sequence.called() == null || sequence.called());
					set.executeQuery().close();
				}
				else {
					// Unused in the source (a backup recording it without a value); the seeding migrations may have used it here.
					restart.execute("alter sequence " + Catalog.quote(sequence.name()) + " restart");
				}
			}
		}
	}

	private static void verifyCounts(Connection c, List<Manifest.Table> tables) throws SQLException {
		for (Manifest.Table table : tables) {
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select count(*) from " + Catalog.quote(table.name()))) {
				rs.next();
				if (rs.getLong(1) != table.rows()) {
					throw new BackupException("Table " + table.name() + " holds " + rs.getLong(1) + " rows after loading, the manifest says "
							+ table.rows());
				}
			}
		}
	}

	/** Fresh statistics, so the first queries on millions of restored rows get good plans. */
	private static void analyze(DataSource database) throws SQLException {
		try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
			s.execute("analyze");
		}
	}

	/** Puts the target back as it was found (empty): drops what Flyway created, deletes what was copied. */
	private static String undo(Flyway flyway, List<Path> written) {
		List<String> failures = new ArrayList<>();
		try {
			flyway.clean();
		}
		catch (RuntimeException e) {
			failures.add("the schema could not be dropped (" + e.getMessage() + ")");
		}
		for (Path file : written) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException e) {
				failures.add("could not delete " + file);
			}
		}
		return failures.isEmpty() ? "the target was emptied again" : "undoing it partly failed: " + String.join("; ", failures);
	}
}

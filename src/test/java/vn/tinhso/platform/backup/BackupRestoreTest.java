package vn.tinhso.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import vn.tinhso.directory.Role;
import vn.tinhso.files.FileStore;
import vn.tinhso.files.FileType;
import vn.tinhso.support.IntegrationTest;

/**
 * Backs up the test database (with agencies, accounts and stored files) and restores it into new, empty
 * databases of the same embedded PostgreSQL and new file stores; a corrupt backup and a non-empty target
 * are refused without changing anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest extends IntegrationTest {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	@Autowired
	DataSource dataSource;

	@Autowired
	FileStore fileStore;

	@Value("${tinhso.files.dir}")
	String filesDir;

	@Value("${tinhso.signing.master-key-file}")
	String masterKeyFile;

	private final List<String> stored = new ArrayList<>();

	@BeforeAll
	void someDataAndFiles() {
		String agency = fixtures.department();
		fixtures.official(agency, Role.SPECIALIST, Role.LEADER);
		fixtures.citizen();
		for (int i = 0; i < 3; i++) {
			stored.add(fileStore.store("file", pdf("tệp sao lưu " + System.nanoTime() + " " + i), Set.of(FileType.PDF)).sha256());
		}
	}

	@Test
	void restoresEveryRowEveryFileAndTheSequencesIntoAFreshDatabase(@TempDir Path dir) throws Exception {
		Map<String, String> before = contents(dataSource);
		Manifest manifest = writer().write(dir.resolve("backup"));
		Map<String, String> after = contents(dataSource);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("backup")))).isEqualTo("rwx------");

		Target target = newTarget(dir);
		Restorer.Result result = target.restorer().restore(dir.resolve("backup"));

		assertThat(result.rows()).isEqualTo(manifest.rows()).isPositive();
		assertThat(result.triggersOff()).isTrue();
		Map<String, String> restored = contents(target.database());
		assertThat(restored.keySet()).isEqualTo(before.keySet());
		for (Manifest.Table table : manifest.tables()) {
			assertThat(count(target.database(), table.name())).as(table.name()).isEqualTo(table.rows());
			// Tables no background job touched while the backup ran must come back byte for byte.
			if (before.get(table.name()).equals(after.get(table.name()))) {
				assertThat(restored.get(table.name())).as(table.name()).isEqualTo(before.get(table.name()));
			}
		}
		assertThat(restored.get("agency")).isEqualTo(before.get("agency"));
		assertThat(restored.get("stored_file")).isEqualTo(before.get("stored_file"));

		// Every file the rows reference, with the same content.
		assertThat(result.files()).isEqualTo(manifest.files().count()).isEqualTo(count(dataSource, "stored_file"));
		for (String sha : stored) {
			Path copy = ContentFiles.pathOf(target.files(), sha);
			assertThat(Sha256.of(copy)).isEqualTo(sha);
			assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(ContentFiles.pathOf(Path.of(filesDir), sha)));
		}
		// The signing master key came along, and the schema is the source's.
		assertThat(manifest.masterKey()).isNotNull();
		assertThat(Files.readAllBytes(target.keyFile())).isEqualTo(Files.readAllBytes(Path.of(masterKeyFile)));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.keyFile()))).isEqualTo("rw-------");
		assertThat(manifest.sequences()).isNotEmpty().allSatisfy(sq -> {
			assertThat(sq.lastValue()).as(sq.name()).isNotNull();
			assertThat(sq.called()).as(sq.name()).isNotNull();
		});
		assertThat(query(target.database(), "select max(version) from flyway_schema_history"))
				.isEqualTo(query(dataSource, "select max(version) from flyway_schema_history"));
		// Identities continue after the restored rows instead of colliding with them.
		long maxId = Long.parseLong(query(target.database(), "select max(id) from account"));
		assertThat(Long.parseLong(query(target.database(), """
				insert into account (username, kind, display_name, email, password_hash)
				values ('sau.khoi.phuc', 'CITIZEN', 'Sau khôi phục', 'x@example.vn', 'x') returning id""")))
				.isGreaterThan(maxId);
		assertThat(foreignKeyViolations(target.database())).isEmpty();
	}

	@Test
	void aBackupTakenWhileWritesGoOnIsOneConsistentSnapshot(@TempDir Path dir) throws Exception {
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicLong written = new AtomicLong();
		// Each new agency and its official are separate transactions: a table-by-table copy taken at
		// different moments could hold an official whose agency it does not have.
		Thread writer = new Thread(() -> {
			while (writing.get()) {
				fixtures.official(fixtures.department(), Role.CLERK);
				written.incrementAndGet();
			}
		});
		writer.start();
		try {
			while (written.get() < 5) {
				Thread.sleep(20);
			}
			long agenciesBefore = count(dataSource, "agency");
			Manifest manifest = writer().write(dir.resolve("backup"));
			long writtenAtEnd = written.get();
			while (written.get() < writtenAtEnd + 3) {
				Thread.sleep(20);
			}
			writing.set(false);
			writer.join();

			assertThat(manifest.tables().stream().filter(t -> t.name().equals("agency")).findFirst().orElseThrow().rows())
					.isGreaterThanOrEqualTo(agenciesBefore).isLessThan(count(dataSource, "agency"));
			Target target = newTarget(dir);
			target.restorer().restore(dir.resolve("backup"));
			assertThat(foreignKeyViolations(target.database())).isEmpty();
			for (Manifest.Table table : manifest.tables()) {
				assertThat(count(target.database(), table.name())).as(table.name()).isEqualTo(table.rows());
			}
		}
		finally {
			writing.set(false);
			writer.join();
		}
	}

	@Test
	void filesMissingOrDamagedInTheStoreAreReportedNotCopied(@TempDir Path dir) throws Exception {
		Path store = dir.resolve("store");
		for (Path file : ContentFiles.all(Path.of(filesDir))) {
			Path copy = store.resolve(Path.of(filesDir).relativize(file));
			Files.createDirectories(copy.getParent());
			Files.copy(file, copy);
		}
		Files.delete(ContentFiles.pathOf(store, stored.get(0)));
		Files.writeString(ContentFiles.pathOf(store, stored.get(1)), "không còn là tệp gốc");

		Manifest manifest = new BackupWriter(dataSource, store, null).write(dir.resolve("backup"));

		assertThat(manifest.files().missing()).containsExactly(stored.get(0));
		assertThat(manifest.files().damaged()).containsExactly(stored.get(1));
		assertThat(ContentFiles.pathOf(dir.resolve("backup/files"), stored.get(1))).doesNotExist();
		assertThat(ContentFiles.pathOf(dir.resolve("backup/files"), stored.get(2))).exists();
		assertThat(manifest.masterKey()).isNull();
		assertThat(BackupCheck.verify(dir.resolve("backup")).files().count()).isEqualTo(manifest.files().count());

		// Checking and restoring it say so, list the files, and the restore changes nothing unless told to go on.
		Output verified = command("verify-backup", "--from", dir.resolve("backup").toString());
		assertThat(verified.status()).isEqualTo(BackupCommands.FILES_LOST);
		assertThat(verified.out()).contains("NOT whole").doesNotContain("is whole");
		assertThat(verified.err()).contains("missing " + stored.get(0), "damaged " + stored.get(1));

		Output refused = command("restore", "--from", dir.resolve("backup").toString(),
				"--tinhso.embedded-db.data-dir=" + dir.resolve("data/pg"), "--tinhso.files.dir=" + dir.resolve("data/files"),
				"--tinhso.signing.master-key-file=" + dir.resolve("data/signing-master.key"));
		assertThat(refused.status()).isEqualTo(BackupCommands.FILES_LOST);
		assertThat(refused.err()).contains("--accept-missing-files", "missing " + stored.get(0), "damaged " + stored.get(1));
		assertThat(refused.out()).doesNotContain("every count matches");
		assertThat(dir.resolve("data")).doesNotExist();

		Target target = newTarget(dir);
		assertThatThrownBy(() -> target.restorer().restore(dir.resolve("backup"))).isInstanceOf(Restorer.FilesLost.class);
		assertThat(relations(target.database())).isZero();
		Restorer.Result accepted = target.restorer().acceptingMissingFiles().restore(dir.resolve("backup"));
		assertThat(accepted.files()).isEqualTo(manifest.files().count());
		assertThat(count(target.database(), "stored_file")).isEqualTo(count(dataSource, "stored_file"));
	}

	@Test
	void aRoleThatIsNotSuperuserRestoresWithTheAuditLogsTruncateGuardInPlace(@TempDir Path dir) throws Exception {
		Path backup = dir.resolve("backup");
		Manifest manifest = writer().write(backup);
		String role = "restorer_" + DATABASES.incrementAndGet();
		jdbc.sql("create role " + role + " login nosuperuser").update();
		jdbc.sql("create database " + role + " owner " + role + " encoding 'UTF8' template template0").update();
		PGSimpleDataSource owned = new PGSimpleDataSource();
		owned.setURL(query(dataSource, "select 'jdbc:postgresql://localhost:' || inet_server_port() || '/" + role + "'"));
		owned.setUser(role);

		Restorer.Result result = new Restorer(() -> owned, dir.resolve("files"), dir.resolve("key"), "classpath:db/migration")
				.restore(backup);

		assertThat(result.triggersOff()).as("no replica mode without superuser").isFalse();
		for (Manifest.Table table : manifest.tables()) {
			assertThat(count(owned, table.name())).as(table.name()).isEqualTo(table.rows());
		}
		// The guards are back on after the load.
		assertThatThrownBy(() -> query(owned, "truncate audit_event")).isInstanceOf(SQLException.class);
		assertThat(foreignKeyViolations(owned)).isEmpty();
	}

	@Test
	void aBackupIsRefusedWhenTheRoleMayNotReadTheSequences(@TempDir Path dir) throws Exception {
		String role = "reader_" + DATABASES.incrementAndGet();
		String schema = query(dataSource, "select current_schema()");
		jdbc.sql("create role " + role + " login nosuperuser").update();
		jdbc.sql("grant usage on schema " + schema + " to " + role).update();
		jdbc.sql("grant select on all tables in schema " + schema + " to " + role).update();
		PGSimpleDataSource reader = new PGSimpleDataSource();
		reader.setURL(query(dataSource, "select 'jdbc:postgresql://localhost:' || inet_server_port() || '/' || current_database()"));
		reader.setUser(role);
		reader.setCurrentSchema(schema);

		assertThatThrownBy(() -> new BackupWriter(reader, Path.of(filesDir), null).write(dir.resolve("backup")))
				.isInstanceOf(BackupException.class).hasMessageContaining("may not read the sequences");
		assertThat(dir.resolve("backup/" + Manifest.FILE)).doesNotExist();
	}

	@Test
	void aCorruptBackupIsRefusedBeforeTheTargetIsTouched(@TempDir Path dir) throws Exception {
		Path backup = dir.resolve("backup");
		writer().write(backup);
		Path data = backup.resolve("db/account.copy.gz");
		byte[] original = Files.readAllBytes(data);
		byte[] flipped = original.clone();
		flipped[flipped.length / 2] ^= 1;
		Files.write(data, flipped);
		AtomicBoolean opened = new AtomicBoolean();
		Target target = newTarget(dir);
		Restorer restorer = new Restorer(() -> {
			opened.set(true);
			return target.database();
		}, target.files(), target.keyFile(), "classpath:db/migration");

		assertThatThrownBy(() -> restorer.restore(backup)).isInstanceOf(BackupException.class)
				.hasMessageContaining("corrupt").hasMessageContaining("db/account.copy.gz");
		Files.write(data, original);
		Path file = ContentFiles.pathOf(backup.resolve("files"), stored.get(2));
		Files.writeString(file, "đã bị sửa");
		assertThatThrownBy(() -> restorer.restore(backup)).isInstanceOf(BackupException.class)
				.hasMessageContaining("corrupt").hasMessageContaining(stored.get(2));
		Files.delete(file);
		assertThatThrownBy(() -> restorer.restore(backup)).hasMessageContaining("corrupt");
		// A manifest changed by hand no longer matches its checksum.
		Path manifest = backup.resolve(Manifest.FILE);
		Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"rows\" : \\d+", "\"rows\" : 0"));
		assertThatThrownBy(() -> restorer.restore(backup)).hasMessageContaining("corrupt").hasMessageContaining(Manifest.FILE);

		assertThat(opened).isFalse();
		assertThat(relations(target.database())).isZero();
		assertThat(target.files()).doesNotExist();
		assertThat(target.keyFile()).doesNotExist();
	}

	@Test
	void aTargetThatIsNotEmptyIsRefusedAndKeepsItsData(@TempDir Path dir) throws Exception {
		Path backup = dir.resolve("backup");
		writer().write(backup);
		Map<String, String> before = contents(dataSource);

		Restorer intoTheSource = new Restorer(() -> dataSource, dir.resolve("new-files"), null, "classpath:db/migration");
		assertThatThrownBy(() -> intoTheSource.restore(backup)).isInstanceOf(BackupException.class)
				.hasMessageContaining("not empty");
		assertThat(contents(dataSource).get("agency")).isEqualTo(before.get("agency"));
		assertThat(dir.resolve("new-files")).doesNotExist();

		Target target = newTarget(dir);
		Files.createDirectories(target.files().resolve("ab/cd"));
		Files.writeString(target.files().resolve("ab/cd/old"), "tệp cũ");
		assertThatThrownBy(() -> target.restorer().restore(backup)).isInstanceOf(BackupException.class)
				.hasMessageContaining("already holds files");
		assertThat(relations(target.database())).isZero();

		Files.delete(target.files().resolve("ab/cd/old"));
		Files.writeString(target.keyFile(), "AAAAAAAAAAAAAAAAAAAAAA==");
		assertThatThrownBy(() -> target.restorer().restore(backup)).hasMessageContaining("different signing master key");
		assertThat(relations(target.database())).isZero();
	}

	@Test
	void aLoadThatFailsHalfwayLeavesTheTargetEmptyAgain(@TempDir Path dir) throws Exception {
		Path backup = dir.resolve("backup");
		writer().write(backup);
		// A manifest that is whole (its checksum redone) but promises a row the data does not hold.
		Path manifest = backup.resolve(Manifest.FILE);
		String json = Files.readString(manifest);
		String accounts = count(dataSource, "account") + "";
		String edited = json.replaceFirst("(\"name\" : \"account\",\\s*\"rows\" : )" + accounts, "$1" + (Long.parseLong(accounts) + 1));
		assertThat(edited).isNotEqualTo(json);
		Files.writeString(manifest, edited);
		Files.writeString(backup.resolve(Manifest.CHECKSUM_FILE),
				Sha256.of(edited.getBytes(StandardCharsets.UTF_8)) + "  " + Manifest.FILE + "\n");

		Target target = newTarget(dir);
		assertThatThrownBy(() -> target.restorer().restore(backup)).isInstanceOf(BackupException.class)
				.hasMessageContaining("account").hasMessageContaining("emptied again");
		assertThat(relations(target.database())).isZero();
		assertThat(ContentFiles.isEmpty(target.files())).isTrue();
		assertThat(target.keyFile()).doesNotExist();
	}

	@Test
	void theCommandsBackUpARunningDatabaseAndRestoreIntoANewDataDirectory(@TempDir Path dir) throws Exception {
		String url = query(dataSource, "select 'jdbc:postgresql://localhost:' || inet_server_port() || '/' || current_database() || '?user=' || current_user");
		Path backup = dir.resolve("backup");
		Output backedUp = command("backup", "--to", backup.toString(), "--spring.datasource.url=" + url,
				"--tinhso.files.dir=" + filesDir, "--tinhso.signing.master-key-file=" + masterKeyFile);
		assertThat(backedUp.status()).as(backedUp.err()).isZero();
		assertThat(backedUp.out()).contains("RESULT rows=").contains("stored_file");

		assertThat(command("verify-backup", "--from", backup.toString()).out()).contains("is whole");

		String[] fresh = { "--from", backup.toString(), "--tinhso.embedded-db.data-dir=" + dir.resolve("data/pg"),
				"--tinhso.embedded-db.durable=false", "--tinhso.files.dir=" + dir.resolve("data/files"),
				"--tinhso.signing.master-key-file=" + dir.resolve("data/signing-master.key") };
		Output restored = command(concat("restore", fresh));
		assertThat(restored.status()).as(restored.err()).isZero();
		assertThat(restored.out()).contains("every count matches the manifest").contains("signing master key file was restored");
		assertThat(ContentFiles.pathOf(dir.resolve("data/files"), stored.get(0))).exists();
		assertThat(dir.resolve("data/signing-master.key")).hasSameBinaryContentAs(Path.of(masterKeyFile));

		Output again = command(concat("restore", fresh));
		assertThat(again.status()).isEqualTo(BackupCommands.FAILED);
		assertThat(again.err()).contains("already holds files");

		Output usage = command("restore");
		assertThat(usage.status()).isEqualTo(BackupCommands.USAGE_ERROR);
		assertThat(usage.err()).contains("--from DIR is required");
		Output noBackup = command("restore", "--from", dir.resolve("nothing").toString(),
				"--tinhso.embedded-db.data-dir=" + dir.resolve("other/pg"), "--tinhso.files.dir=" + dir.resolve("other/files"));
		assertThat(noBackup.status()).isEqualTo(BackupCommands.FAILED);
		assertThat(noBackup.err()).contains("No backup at");
		assertThat(dir.resolve("other")).doesNotExist();
	}

	// --- helpers ---

	private BackupWriter writer() {
		return new BackupWriter(dataSource, Path.of(filesDir), Path.of(masterKeyFile));
	}

	/** A new, empty database in the test's embedded PostgreSQL, with its own file store and key file. */
	private record Target(DataSource database, Path files, Path keyFile) {

		Restorer restorer() {
			return new Restorer(() -> database, files, keyFile, "classpath:db/migration");
		}
	}

	private Target newTarget(Path dir) throws SQLException {
		String name = "restored_" + DATABASES.incrementAndGet();
		jdbc.sql("create database " + name + " encoding 'UTF8' template template0").update();
		PGSimpleDataSource target = new PGSimpleDataSource();
		target.setURL(query(dataSource, "select 'jdbc:postgresql://localhost:' || inet_server_port() || '/" + name + "'"));
		target.setUser(query(dataSource, "select current_user"));
		return new Target(target, dir.resolve(name + "-files"), dir.resolve(name + ".key"));
	}

	/** Per table, a digest of all its rows in a fixed order. */
	private static Map<String, String> contents(DataSource database) throws SQLException {
		Map<String, String> digests = new HashMap<>();
		try (Connection c = database.getConnection()) {
			for (Catalog.Table table : Catalog.tables(c)) {
				digests.put(table.name(), query(c, "select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from "
						+ Catalog.quote(table.name()) + " t"));
			}
		}
		return digests;
	}

	/** Rows whose foreign key points nowhere, for every foreign key of the schema. */
	private static List<String> foreignKeyViolations(DataSource database) throws SQLException {
		List<String> violations = new ArrayList<>();
		try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet keys = s.executeQuery("""
				select k.conname, child.relname, parent.relname,
				  array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i)
				        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i),
				  array(select a.attname::text from unnest(k.confkey) with ordinality u(n, i)
				        join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i)
				from pg_constraint k join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
				join pg_namespace n on n.oid = child.relnamespace
				where k.contype = 'f' and n.nspname = current_schema()""")) {
			List<String[]> checks = new ArrayList<>();
			while (keys.next()) {
				String[] from = (String[]) keys.getArray(4).getArray();
				String[] to = (String[]) keys.getArray(5).getArray();
				List<String> notNull = new ArrayList<>();
				List<String> join = new ArrayList<>();
				for (int i = 0; i < from.length; i++) {
					notNull.add("c." + Catalog.quote(from[i]) + " is not null");
					join.add("p." + Catalog.quote(to[i]) + " = c." + Catalog.quote(from[i]));
				}
				checks.add(new String[] { keys.getString(1), "select count(*) from " + Catalog.quote(keys.getString(2)) + " c where "
						+ String.join(" and ", notNull) + " and not exists (select 1 from " + Catalog.quote(keys.getString(3))
						+ " p where " + String.join(" and ", join) + ")" });
			}
			for (String[] check : checks) {
				if (!query(c, check[1]).equals("0")) {
					violations.add(check[0]);
				}
			}
		}
		return violations;
	}

	private static long count(DataSource database, String table) throws SQLException {
		return Long.parseLong(query(database, "select count(*) from " + Catalog.quote(table)));
	}

	private static long relations(DataSource database) throws SQLException {
		try (Connection c = database.getConnection()) {
			return Catalog.relations(c);
		}
	}

	private static String query(DataSource database, String sql) throws SQLException {
		try (Connection c = database.getConnection()) {
			return query(c, sql);
		}
	}

	private static String query(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private record Output(int status, String out, String err) {
	}

	private static Output command(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = BackupCommands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static String[] concat(String first, String[] rest) {
		String[] all = new String[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	private static byte[] pdf(String text) {
		return ("%PDF-1.4\n% " + text + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
	}
}

package vn.tinhso.platform.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar tinhso.jar backup --to DIR}, {@code restore --from DIR} and {@code verify-backup --from DIR}.
 * The commands read the application's own configuration (application.yml, TINHSO_* variables,
 * {@code --key=value} arguments) but start nothing else of it: no web server, no migrations on the
 * source, no demo data, no event republication.
 */
public final class BackupCommands {

	static final int OK = 0;
	static final int FAILED = 1;
	static final int FILES_LOST = 2;
	static final int USAGE_ERROR = 64;

	private static final Set<String> COMMANDS = Set.of("backup", "restore", "verify-backup");
	static final String USAGE = """
			Usage:
			  java -jar tinhso.jar backup --to DIR [--without-master-key] [--key=value ...]
			      consistent backup of the database (one snapshot, while the application runs) and of the file store
			  java -jar tinhso.jar restore --from DIR [--accept-missing-files] [--key=value ...]
			      into an empty database and file store: a new TINHSO_DATA_DIR and TINHSO_FILES_DIR, or TINHSO_DB_URL;
			      a backup that lacks files its rows reference is refused unless --accept-missing-files is given
			  java -jar tinhso.jar verify-backup --from DIR
			      reads a backup end to end and checks every checksum
			The database and directories are the application's: TINHSO_DB_URL or TINHSO_DATA_DIR, TINHSO_FILES_DIR,
			the signing master key file; --key=value arguments override them (e.g. --tinhso.files.dir=/srv/files).
			Exit status: 0 done, 1 refused or failed, 2 files were missing or damaged in the store when the backup was made
			(backup: written anyway; verify-backup: the backup is otherwise whole; restore: refused, nothing changed).""";

	private BackupCommands() {
	}

	/** Whether the arguments name one of these commands rather than starting the application. */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** Runs a command; returns the process exit status. */
	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(USAGE);
			return USAGE_ERROR;
		}
		if (options.help()) {
			out.println(USAGE);
			return OK;
		}
		try (ConfigurableApplicationContext settings = settings(options.springArgs())) {
			Environment env = settings.getEnvironment();
			return switch (options.command()) {
				case "backup" -> backup(env, options, out, err);
				case "restore" -> restore(env, options, out, err);
				default -> verify(options, out, err);
			};
		}
		catch (Restorer.FilesLost e) {
			err.println(options.command() + ": " + e.getMessage());
			printLost(err, e.files());
			return FILES_LOST;
		}
		catch (BackupException e) {
			err.println(options.command() + ": " + e.getMessage());
			return FAILED;
		}
		catch (Exception e) {
			err.println(options.command() + " failed: " + e);
			return FAILED;
		}
	}

	/** The application's configuration without the application: an empty context that only loads settings. */
	private static ConfigurableApplicationContext settings(List<String> springArgs) {
		SpringApplication app = new SpringApplication(Settings.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		app.setRegisterShutdownHook(false);
		app.setDefaultProperties(Map.of("logging.level.io.zonky.test.db.postgres", "WARN",
				"logging.level.org.flywaydb", "WARN", "logging.level.vn.tinhso.platform.db", "WARN"));
		return app.run(springArgs.toArray(String[]::new));
	}

	/** The primary source of the settings context; it defines nothing. */
	static final class Settings {
	}

	private static int backup(Environment env, Options options, PrintStream out, PrintStream err) throws Exception {
		Path filesDir = Path.of(env.getProperty("tinhso.files.dir", "./data/files"));
		Path keyFile = options.withoutMasterKey() || !env.getProperty("tinhso.signing.master-key", "").isBlank() ? null
				: Path.of(env.getProperty("tinhso.signing.master-key-file", "./data/signing-master.key")).toAbsolutePath();
		try (CommandDatabase database = new CommandDatabase(env)) {
			long start = System.nanoTime();
			BackupWriter writer = new BackupWriter(database.open(true), filesDir, keyFile);
			out.println("Backing up " + database.description() + " and the file store " + filesDir.toAbsolutePath() + " into "
					+ options.dir().toAbsolutePath());
			Manifest m = writer.write(options.dir());
			double seconds = (System.nanoTime() - start) / 1e9;
			long size = size(options.dir());
			printTables(out, m);
			out.printf(Locale.ROOT, "Snapshot at %s, schema version %s, PostgreSQL %s.%n", m.snapshotAt(),
					m.database().schemaVersion(), m.database().server());
			out.printf(Locale.ROOT, "Backed up %,d rows in %d tables (%,.0f rows/s) and %,d files (%s) in %.1f s; the backup takes %s.%n",
					m.rows(), m.tables().size(), m.rows() / seconds, m.files().count(), mib(m.files().bytes()), seconds, mib(size));
			out.println(m.masterKey() != null ? "The signing master key file is in the backup: keep the backup as secret as the key."
					: "The signing master key is not in the backup: keep it (TINHSO_SIGNING_MASTER_KEY or its file) with the backup.");
			out.printf(Locale.ROOT, "RESULT rows=%d tables=%d files=%d bytes=%d seconds=%.2f rows_per_s=%.0f%n", m.rows(),
					m.tables().size(), m.files().count(), size, seconds, m.rows() / seconds);
			if (!m.files().missing().isEmpty() || !m.files().damaged().isEmpty()) {
				err.println("WARNING: the store lacks " + m.files().missing().size() + " and holds damaged copies of "
						+ m.files().damaged().size() + " files the database references (listed in " + Manifest.FILE + "): "
						+ Stream.concat(m.files().missing().stream(), m.files().damaged().stream()).limit(10).toList());
				return FILES_LOST;
			}
			return OK;
		}
	}

	private static int restore(Environment env, Options options, PrintStream out, PrintStream err) throws Exception {
		Path filesDir = Path.of(env.getProperty("tinhso.files.dir", "./data/files"));
		boolean keyConfigured = !env.getProperty("tinhso.signing.master-key", "").isBlank();
		Path keyFile = keyConfigured ? null
				: Path.of(env.getProperty("tinhso.signing.master-key-file", "./data/signing-master.key"));
		String[] locations = env.getProperty("spring.flyway.locations", String[].class, new String[] { "classpath:db/migration" });
		try (CommandDatabase database = new CommandDatabase(env)) {
			long start = System.nanoTime();
			Restorer restorer = new Restorer(() -> database.open(false), filesDir, keyFile, locations);
			if (options.acceptMissingFiles()) {
				restorer = restorer.acceptingMissingFiles();
			}
			Restorer.Result r = restorer.restore(options.dir());
			double seconds = (System.nanoTime() - start) / 1e9;
			Manifest m = r.manifest();
			out.println("Restored " + options.dir().toAbsolutePath() + " (snapshot at " + m.snapshotAt() + ") into "
					+ database.description() + " and the file store " + filesDir.toAbsolutePath());
			printTables(out, m);
			out.printf(Locale.ROOT, "Restored %,d rows in %d tables (%,.0f rows/s, %s) and %,d files in %.1f s; every count matches the manifest.%n",
					r.rows(), m.tables().size(), r.rows() / seconds,
					r.triggersOff() ? "triggers off" : "foreign keys checked", r.files(), seconds);
			if (m.masterKey() != null) {
				out.println(r.keyWritten() ? "The signing master key file was restored to " + keyFile.toAbsolutePath() + "."
						: keyConfigured ? "The backup's signing master key file was not used: the key is configured (TINHSO_SIGNING_MASTER_KEY)."
								: "The signing master key file already in place is the backup's.");
			}
			else {
				out.println("The backup holds no signing master key: give the application the one it was made with.");
			}
			out.printf(Locale.ROOT, "RESULT rows=%d tables=%d files=%d seconds=%.2f rows_per_s=%.0f%n", r.rows(),
					m.tables().size(), r.files(), seconds, r.rows() / seconds);
			if (!m.files().whole()) {
				err.println("WARNING: restored as accepted (--accept-missing-files), without the files the store lacked when "
						+ "the backup was made; the rows that reference them point to nothing:");
				printLost(err, m.files());
			}
			return OK;
		}
	}

	private static int verify(Options options, PrintStream out, PrintStream err) throws IOException {
		Manifest m = BackupCheck.verify(options.dir());
		if (!m.files().whole()) {
			out.printf(Locale.ROOT, "The backup in %s matches its checksums (%,d rows in %d tables, %,d files, schema version %s, "
					+ "snapshot at %s) but is NOT whole:%n", options.dir().toAbsolutePath(), m.rows(), m.tables().size(),
					m.files().count(), m.database().schemaVersion(), m.snapshotAt());
			printLost(err, m.files());
			return FILES_LOST;
		}
		out.printf(Locale.ROOT, "The backup in %s is whole: %,d rows in %d tables, %,d files, schema version %s, snapshot at %s.%n",
				options.dir().toAbsolutePath(), m.rows(), m.tables().size(), m.files().count(), m.database().schemaVersion(),
				m.snapshotAt());
		return OK;
	}

	/** Every file the rows reference that the backup lacks, by SHA-256, so they can be looked for elsewhere. */
	private static void printLost(PrintStream err, Manifest.StoredFiles files) {
		err.println("Missing from the store when the backup was made (" + files.missingOrEmpty().size() + "):");
		files.missingOrEmpty().forEach(sha -> err.println("  missing " + sha));
		err.println("Damaged in the store when the backup was made, not copied (" + files.damagedOrEmpty().size() + "):");
		files.damagedOrEmpty().forEach(sha -> err.println("  damaged " + sha));
	}

	private static void printTables(PrintStream out, Manifest m) {
		out.printf("  %-40s %12s %12s%n", "table", "rows", "bytes (gz)");
		m.tables().forEach(t -> out.printf(Locale.ROOT, "  %-40s %12d %12d%n", t.name(), t.rows(), t.bytes()));
	}

	private static long size(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
	}

	private static String mib(long bytes) {
		return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
	}

	/** The command line: the command, its directory, and {@code --key=value} settings passed on to Spring. */
	record Options(String command, Path dir, boolean withoutMasterKey, boolean acceptMissingFiles, boolean help,
			List<String> springArgs) {

		static Options parse(String[] args) {
			String command = args[0];
			String dirOption = command.equals("backup") ? "--to" : "--from";
			Path dir = null;
			boolean withoutKey = false;
			boolean acceptMissing = false;
			boolean help = false;
			List<String> spring = new ArrayList<>();
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals(dirOption) && i + 1 < args.length) {
					dir = Path.of(args[++i]);
				}
				else if (arg.startsWith(dirOption + "=")) {
					dir = Path.of(arg.substring(dirOption.length() + 1));
				}
				else if (arg.equals("--without-master-key") && command.equals("backup")) {
					withoutKey = true;
				}
				else if (arg.equals("--accept-missing-files") && command.equals("restore")) {
					acceptMissing = true;
				}
				else if (arg.equals("--help") || arg.equals("-h")) {
					help = true;
				}
				else if (arg.startsWith("--") && arg.contains("=")) {
					spring.add(arg);
				}
				else {
					throw new IllegalArgumentException(command + ": unexpected argument " + arg);
				}
			}
			if (dir == null && !help) {
				throw new IllegalArgumentException(command + ": " + dirOption + " DIR is required");
			}
			return new Options(command, dir, withoutKey, acceptMissing, help, spring);
		}
	}
}

package vn.tinhso.platform.db;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starting the embedded PostgreSQL cluster, shared by the application and the backup and restore
 * commands, which must open the same data directory with the same settings.
 */
public final class EmbeddedCluster {

	/** The application's database inside the cluster. */
	public static final String DATABASE = "tinhso";
	/** The cluster's superuser; local connections are trusted. */
	public static final String USER = "postgres";

	private EmbeddedCluster() {
	}

	/**
	 * Starts a cluster (running initdb first when the directory holds none).
	 *
	 * @param dataDir blank for a throw-away temporary directory
	 * @param port 0 for any free port
	 * @param durable fsync and synchronous commit on
	 */
	public static EmbeddedPostgres start(String dataDir, int port, boolean durable, String zone) throws IOException {
		// The caller closes the database (Spring after the web server has drained), not zonky's own hook.
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
				.setServerConfig("timezone", zone)
				.setServerConfig("max_connections", "100")
				.setLocaleConfig("locale", "C.UTF-8");
		if (durable) {
			// zonky always passes -F (fsync off); these later -c options take precedence.
			builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
		}
		else {
			builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
		}
		if (dataDir != null && !dataDir.isBlank()) {
			File dir = new File(dataDir).getAbsoluteFile();
			dir.getParentFile().mkdirs();
			StalePostmaster.stopIfRunning(dir);
			builder.setDataDirectory(dir).setCleanDataDirectory(false);
		}
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	/** Creates the application's database in a new cluster. */
	public static void createDatabaseIfMissing(EmbeddedPostgres pg) throws SQLException {
		try (Connection c = pg.getPostgresDatabase().getConnection();
				var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
			check.setString(1, DATABASE);
			if (!check.executeQuery().next()) {
				try (var create = c.createStatement()) {
					create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
				}
			}
		}
	}

	/** Whether the directory holds a cluster (initdb has run there). */
	public static boolean exists(File dataDir) {
		return new File(dataDir, "PG_VERSION").isFile();
	}

	/**
	 * The port of a postmaster serving this directory right now (the running application's), read from
	 * its {@code postmaster.pid}: the fourth line is the port.
	 */
	public static OptionalInt runningPort(File dataDir) {
		File pidFile = new File(dataDir, "postmaster.pid");
		if (!pidFile.isFile()) {
			return OptionalInt.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile.toPath());
			long pid = Long.parseLong(lines.get(0).trim());
			boolean alive = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
					.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true)).isPresent();
			return alive && lines.size() > 3 ? OptionalInt.of(Integer.parseInt(lines.get(3).trim())) : OptionalInt.empty();
		}
		catch (IOException | RuntimeException e) {
			return OptionalInt.empty();
		}
	}
}

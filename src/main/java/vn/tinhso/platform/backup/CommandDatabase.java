package vn.tinhso.platform.backup;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.OptionalInt;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.env.Environment;

import vn.tinhso.platform.db.EmbeddedCluster;

/**
 * The database the application is configured with, opened for a command: the external PostgreSQL of
 * {@code spring.datasource.url} (TINHSO_DB_URL), else the embedded cluster of
 * {@code tinhso.embedded-db.data-dir} — through its running postmaster when the application is up,
 * otherwise started for the command and stopped after it.
 */
final class CommandDatabase implements AutoCloseable {

	private final Environment env;
	private EmbeddedPostgres started;
	private String description = "no database";

	CommandDatabase(Environment env) {
		this.env = env;
	}

	/** @param mustExist refuse to create a new embedded cluster (a backup needs data to read) */
	DataSource open(boolean mustExist) {
		String url = env.getProperty("spring.datasource.url", "");
		if (!url.isBlank()) {
			PGSimpleDataSource ds = new PGSimpleDataSource();
			ds.setURL(url);
			String user = env.getProperty("spring.datasource.username", "");
			if (!user.isBlank()) {
				ds.setUser(user);
				ds.setPassword(env.getProperty("spring.datasource.password", ""));
			}
			description = "PostgreSQL at " + url.replaceAll("\\?.*$", "");
			return ds;
		}
		String dataDir = env.getProperty("tinhso.embedded-db.data-dir", "");
		if (dataDir.isBlank()) {
			throw new BackupException("No database configured: set TINHSO_DATA_DIR (embedded PostgreSQL) or TINHSO_DB_URL");
		}
		File dir = new File(dataDir).getAbsoluteFile();
		OptionalInt running = EmbeddedCluster.runningPort(dir);
		if (running.isPresent()) {
			description = "the running embedded PostgreSQL in " + dir + " (port " + running.getAsInt() + ")";
			return local(running.getAsInt());
		}
		if (mustExist && !EmbeddedCluster.exists(dir)) {
			throw new BackupException("No database in " + dir + ": set TINHSO_DATA_DIR to the data directory of the installation");
		}
		try {
			started = EmbeddedCluster.start(dir.toString(), env.getProperty("tinhso.embedded-db.port", Integer.class, 0),
					env.getProperty("tinhso.embedded-db.durable", Boolean.class, true),
					env.getProperty("tinhso.zone", "Asia/Ho_Chi_Minh"));
			EmbeddedCluster.createDatabaseIfMissing(started);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dir, e);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create the database in " + dir, e);
		}
		description = "the embedded PostgreSQL in " + dir + " (started for this command)";
		return local(started.getPort());
	}

	String description() {
		return description;
	}

	private static DataSource local(int port) {
		PGSimpleDataSource ds = new PGSimpleDataSource();
		ds.setURL("jdbc:postgresql://localhost:" + port + "/" + EmbeddedCluster.DATABASE);
		ds.setUser(EmbeddedCluster.USER);
		return ds;
	}

	@Override
	public void close() throws IOException {
		if (started != null) {
			started.close();
			started = null;
		}
	}
}

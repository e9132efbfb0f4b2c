package vn.tinhso.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default run's database: durable, Vietnamese time zone, and data that survives a restart. */
class EmbeddedDatabaseTest {

	private final EmbeddedDatabaseConfiguration config = new EmbeddedDatabaseConfiguration();

	private static String show(Connection c, String setting) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}

	@Test
	void defaultRunIsDurableAndKeepsItsDataAcrossRestarts(@TempDir Path dir) throws Exception {
		EmbeddedDatabaseProperties props = new EmbeddedDatabaseProperties(dir.resolve("pg").toString(), 0, true);
		try (EmbeddedPostgres pg = config.embeddedPostgres(props, "Asia/Ho_Chi_Minh");
				Connection c = pg.getPostgresDatabase().getConnection()) {
			assertThat(show(c, "fsync")).isEqualTo("on");
			assertThat(show(c, "synchronous_commit")).isEqualTo("on");
			assertThat(show(c, "full_page_writes")).isEqualTo("on");
			// The JDBC session takes the JVM's zone; the server's own default is on its command line.
			assertThat(java.nio.file.Files.readString(dir.resolve("pg/postmaster.opts")))
					.contains("timezone=Asia/Ho_Chi_Minh").contains("fsync=on");
			try (Statement s = c.createStatement()) {
				s.execute("create table kept (v text)");
				s.execute("insert into kept values ('còn đây')");
			}
		}
		try (EmbeddedPostgres pg = config.embeddedPostgres(props, "Asia/Ho_Chi_Minh");
				Connection c = pg.getPostgresDatabase().getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select v from kept")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("còn đây");
		}
	}

	@Test
	void testRunsMayTradeDurabilityForSpeed(@TempDir Path dir) throws Exception {
		EmbeddedDatabaseProperties props = new EmbeddedDatabaseProperties("", 0, false);
		try (EmbeddedPostgres pg = config.embeddedPostgres(props, "Asia/Ho_Chi_Minh");
				Connection c = pg.getPostgresDatabase().getConnection()) {
			assertThat(show(c, "fsync")).isEqualTo("off");
			assertThat(show(c, "synchronous_commit")).isEqualTo("off");
		}
	}
}

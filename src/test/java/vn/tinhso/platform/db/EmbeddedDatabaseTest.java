package vn.tinhso.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** The default run's database: durable, Vietnamese time zone, and data that survives a restart. */
class EmbeddedDatabaseTest {

	private static String show(Connection c, String setting) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}

	@Test
	void defaultRunIsDurableAndKeepsItsDataAcrossRestarts(@TempDir Path dir) throws Exception {
		EmbeddedDatabaseProperties props = new EmbeddedDatabaseProperties(dir.resolve("pg").toString(), 0, true);
		try (EmbeddedPostgres pg = EmbeddedDatabaseConfiguration.start(props, "Asia/Ho_Chi_Minh");
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
		try (EmbeddedPostgres pg = EmbeddedDatabaseConfiguration.start(props, "Asia/Ho_Chi_Minh");
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
		try (EmbeddedPostgres pg = EmbeddedDatabaseConfiguration.start(props, "Asia/Ho_Chi_Minh");
				Connection c = pg.getPostgresDatabase().getConnection()) {
			assertThat(show(c, "fsync")).isEqualTo("off");
			assertThat(show(c, "synchronous_commit")).isEqualTo("off");
		}
	}

	@Test
	void aStartBesideTheContextIsHandedOnlyToTheBeanWithTheSameSettings() throws Exception {
		EmbeddedDatabaseProperties props = new EmbeddedDatabaseProperties("", 0, false);
		EarlyEmbeddedStart.Starting starting = new EarlyEmbeddedStart.Starting(props, "Asia/Ho_Chi_Minh").begin();
		assertThat(starting.claim(new EmbeddedDatabaseProperties("", 0, true), "Asia/Ho_Chi_Minh")).isEmpty();
		assertThat(starting.claim(props, "UTC")).isEmpty();
		try (EmbeddedPostgres pg = starting.claim(props, "Asia/Ho_Chi_Minh").orElseThrow();
				Connection c = pg.getPostgresDatabase().getConnection()) {
			assertThat(show(c, "fsync")).isEqualTo("off");
			assertThat(starting.claim(props, "Asia/Ho_Chi_Minh")).as("claimed once").isEmpty();
			starting.destroy(); // a claimed server belongs to its bean: the start leaves it running
			assertThat(show(c, "timezone")).isNotBlank();
		}
	}

	@Test
	void aStartNobodyClaimedIsStoppedWithItsContext() throws Exception {
		EarlyEmbeddedStart.Starting starting = new EarlyEmbeddedStart.Starting(
				new EmbeddedDatabaseProperties("", 0, false), "Asia/Ho_Chi_Minh").begin();
		EmbeddedPostgres pg = starting.start.get(); // started, not claimed
		starting.destroy();
		assertThatThrownBy(() -> pg.getPostgresDatabase().getConnection().close()).isInstanceOf(SQLException.class);
	}

	@Test
	void aFailedStartIsReportedToTheBeanThatClaimsIt(@TempDir Path dir) throws Exception {
		java.nio.file.Files.writeString(dir.resolve("pg"), "a file where the cluster's directory should be");
		EmbeddedDatabaseProperties props = new EmbeddedDatabaseProperties(dir.resolve("pg").toString(), 0, false);
		EarlyEmbeddedStart.Starting starting = new EarlyEmbeddedStart.Starting(props, "Asia/Ho_Chi_Minh").begin();
		assertThatThrownBy(() -> starting.claim(props, "Asia/Ho_Chi_Minh"))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("did not start");
	}

	@Test
	void theApplicationContextUsesTheServerStartedBesideIt() {
		SpringApplication app = new SpringApplication(EmbeddedDatabaseConfiguration.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.addInitializers(new EarlyEmbeddedStart());
		try (ConfigurableApplicationContext context = app.run("--tinhso.embedded-db.data-dir=",
				"--tinhso.embedded-db.durable=false", "--tinhso.zone=Asia/Ho_Chi_Minh", "--spring.main.banner-mode=off")) {
			EarlyEmbeddedStart.Starting starting = context.getBean(EarlyEmbeddedStart.BEAN, EarlyEmbeddedStart.Starting.class);
			assertThat(starting.claim(new EmbeddedDatabaseProperties("", 0, false), "Asia/Ho_Chi_Minh"))
					.as("already claimed by the context's bean").isEmpty();
			assertThat(context.getBean(EmbeddedPostgres.class).getPort()).isPositive();
		}
	}
}

package vn.tinhso.platform.db;

import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL next to the application when {@code TINHSO_DB_URL} is not set, so a
 * newcomer needs nothing but a JDK. The default run is durable (fsync, synchronous commit) and keeps
 * its data under {@code ./data/pg} across restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
	static final String DATABASE = "tinhso";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties props, @Value("${tinhso.zone}") String zone)
			throws IOException {
		// Spring closes the database after the web server has drained, not zonky's own shutdown hook.
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
				.setServerConfig("timezone", zone)
				.setServerConfig("max_connections", "100")
				.setLocaleConfig("locale", "C.UTF-8");
		if (props.durable()) {
			// zonky always passes -F (fsync off); these later -c options take precedence.
			builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
		}
		else {
			builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
		}
		if (props.dataDir() != null && !props.dataDir().isBlank()) {
			File dir = new File(props.dataDir()).getAbsoluteFile();
			dir.getParentFile().mkdirs();
			StalePostmaster.stopIfRunning(dir);
			builder.setDataDirectory(dir).setCleanDataDirectory(false);
		}
		if (props.port() > 0) {
			builder.setPort(props.port());
		}
		EmbeddedPostgres pg = builder.start();
		log.info("Embedded PostgreSQL listening on port {} (durable={})", pg.getPort(), props.durable());
		return pg;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres pg, @Value("${spring.datasource.hikari.maximum-pool-size:12}") int poolSize)
			throws SQLException {
		createDatabaseIfMissing(pg);
		HikariDataSource ds = new HikariDataSource();
		ds.setPoolName("tinhso-embedded");
		ds.setJdbcUrl(pg.getJdbcUrl("postgres", DATABASE));
		ds.setMaximumPoolSize(poolSize);
		ds.setMinimumIdle(Math.min(2, poolSize));
		return ds;
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres pg) throws SQLException {
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
}

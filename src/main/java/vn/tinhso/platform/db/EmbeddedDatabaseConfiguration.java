package vn.tinhso.platform.db;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
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
	static final String DATABASE = EmbeddedCluster.DATABASE;

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties props, @Value("${tinhso.zone}") String zone,
			@Qualifier(EarlyEmbeddedStart.BEAN) ObjectProvider<EarlyEmbeddedStart.Starting> early) throws IOException {
		// Spring closes the database after the web server has drained, not zonky's own shutdown hook.
		EarlyEmbeddedStart.Starting starting = early.getIfAvailable();
		Optional<EmbeddedPostgres> started = starting == null ? Optional.empty() : starting.claim(props, zone);
		EmbeddedPostgres pg = started.isPresent() ? started.get() : start(props, zone);
		log.info("Embedded PostgreSQL listening on port {} (durable={}{})", pg.getPort(), props.durable(),
				started.isPresent() ? ", started beside the context" : "");
		return pg;
	}

	static EmbeddedPostgres start(EmbeddedDatabaseProperties props, String zone) throws IOException {
		return EmbeddedCluster.start(props.dataDir(), props.port(), props.durable(), zone);
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres pg, @Value("${spring.datasource.hikari.maximum-pool-size:12}") int poolSize,
			@Value("${spring.datasource.hikari.connection-timeout:3000}") long connectionTimeoutMs,
			@Value("${spring.datasource.hikari.validation-timeout:2000}") long validationTimeoutMs)
			throws SQLException {
		EmbeddedCluster.createDatabaseIfMissing(pg);
		HikariDataSource ds = new HikariDataSource();
		ds.setPoolName("tinhso-embedded");
		ds.setJdbcUrl(pg.getJdbcUrl("postgres", DATABASE));
		ds.setMaximumPoolSize(poolSize);
		ds.setMinimumIdle(Math.min(2, poolSize));
		// Fail fast (503 with Retry-After) when the pool is exhausted or the database is away.
		ds.setConnectionTimeout(connectionTimeoutMs);
		ds.setValidationTimeout(Math.min(validationTimeoutMs, connectionTimeoutMs));
		return ds;
	}
}

package vn.tinhso.platform.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDir where the cluster lives; blank means a throw-away temporary directory (tests)
 * @param port fixed port, or 0 for any free port
 * @param durable fsync and synchronous commit on (the default run); off only for tests
 */
@ConfigurationProperties("tinhso.embedded-db")
record EmbeddedDatabaseProperties(String dataDir, int port, boolean durable) {
}

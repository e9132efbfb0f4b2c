package vn.tinhso.platform.db;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.modulith.NamedInterface;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the settings are known, before Spring reads
 * the configuration classes: initdb and the server's start (a second of a first start on 2 cores) then overlap
 * that reading instead of following it. The {@code embeddedPostgres} bean claims the started server; a context
 * that never claims it (it failed first, or its settings differ) closes it. Added by the application's main
 * method only: other contexts (the backup commands' settings, tests) start their database as they did.
 */
@NamedInterface("database-start") // the application's main method adds it
public final class EarlyEmbeddedStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN = "tinhso.earlyEmbeddedPostgres";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment env = context.getEnvironment();
		if (!env.getProperty("spring.datasource.url", "").isBlank()
				|| !(context.getBeanFactory() instanceof DefaultListableBeanFactory factory)) {
			return;
		}
		EmbeddedDatabaseProperties props = Binder.get(env)
				.bindOrCreate("tinhso.embedded-db", EmbeddedDatabaseProperties.class);
		Starting starting = new Starting(props, env.getProperty("tinhso.zone", "Asia/Ho_Chi_Minh"));
		// Registered before it starts: a server must never run without a context that will stop it.
		factory.registerSingleton(BEAN, starting);
		factory.registerDisposableBean(BEAN, starting);
		starting.begin();
	}

	/** A start in progress (or done), for the bean that asks with the same settings. */
	static final class Starting implements DisposableBean {

		private static final Logger log = LoggerFactory.getLogger(Starting.class);

		private final EmbeddedDatabaseProperties props;
		private final String zone;
		final FutureTask<EmbeddedPostgres> start;
		private boolean claimed;
		private volatile boolean begun;

		Starting(EmbeddedDatabaseProperties props, String zone) {
			this.props = props;
			this.zone = zone;
			this.start = new FutureTask<>(() -> EmbeddedCluster.start(props.dataDir(), props.port(), props.durable(), zone));
		}

		/** Starts the server on a thread of its own. */
		Starting begin() {
			begun = true;
			Thread thread = new Thread(start, "embedded-postgres-start");
			thread.setDaemon(true);
			thread.start();
			return this;
		}

		/** The started server if it was started with these settings (waiting for it); a failed start is thrown. */
		synchronized Optional<EmbeddedPostgres> claim(EmbeddedDatabaseProperties wanted, String wantedZone) {
			if (claimed || !props.equals(wanted) || !zone.equals(wantedZone)) {
				return Optional.empty();
			}
			claimed = true;
			return Optional.of(await());
		}

		private EmbeddedPostgres await() {
			try {
				return start.get();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while the embedded PostgreSQL started", e);
			}
			catch (ExecutionException e) {
				throw new IllegalStateException("the embedded PostgreSQL did not start: " + e.getCause().getMessage(),
						e.getCause());
			}
		}

		/** Nobody claimed the server (the context failed first, or wanted other settings): stop it. */
		@Override
		public synchronized void destroy() throws Exception {
			if (claimed || !begun) {
				return;
			}
			claimed = true;
			try {
				start.get().close();
			}
			catch (ExecutionException e) {
				log.debug("The unclaimed embedded PostgreSQL had not started", e.getCause());
			}
		}
	}
}

package vn.tinhso.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Start-up work that may run beside the other start-up runners: the demo province's signed documents cost
 * seconds of CPU while the main thread loads dossiers, and a 2-core server has a second core idle then.
 * Tasks run one after another on one background thread, in the order given (so a later task may rely on
 * an earlier one); the application turns ready only after all of them finished, and a failed task fails
 * the start as it would have on the main thread. Work handed over after start-up (a demo loader run again
 * by hand or by a test) runs at once on the caller's thread.
 *
 * <p>Only runners that hand work over must be ordered before this one; a runner without {@code @Order}
 * ties with it and may run after it, so its work would then run inline.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after every other runner has handed its work over
public class StartupWork implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartupWork.class);

	private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
		Thread worker = new Thread(task, "startup-work");
		worker.setDaemon(true);
		return worker;
	});
	private final List<Future<?>> pending = new ArrayList<>();
	private boolean started;

	/** Runs {@code task} on the start-up thread after the tasks handed over before it (on the caller's thread after start-up). */
	public void inBackground(String name, Runnable task) {
		synchronized (this) {
			if (!started) {
				pending.add(thread.submit(() -> {
					long begun = System.nanoTime();
					task.run();
					log.info("{} done in {} ms (in the background)", name, (System.nanoTime() - begun) / 1_000_000);
				}));
				return;
			}
		}
		task.run();
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		try {
			for (Future<?> task : tasks()) {
				task.get();
			}
		} catch (ExecutionException e) {
			throw new IllegalStateException("start-up work failed", e.getCause());
		} finally {
			thread.shutdown();
		}
	}

	/** If another runner failed the start, the context closes: stop writing into a closing database. */
	@PreDestroy
	void stop() {
		thread.shutdownNow();
	}

	/** The tasks handed over so far; from now on new work runs inline. */
	private synchronized List<Future<?>> tasks() {
		started = true;
		return List.copyOf(pending);
	}
}

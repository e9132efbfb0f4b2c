package vn.tinhso.platform.db;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a hard kill of the JVM the embedded postmaster may outlive it and keep the data directory
 * locked. A new start asks that orphan to shut down cleanly (SIGTERM = smart shutdown after
 * clients leave; its clients died with the old JVM) before starting again.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void stopIfRunning(File dataDir) {
		File pidFile = new File(dataDir, "postmaster.pid");
		if (!pidFile.isFile()) {
			return;
		}
		try {
			List<String> lines = Files.readAllLines(pidFile.toPath());
			long pid = Long.parseLong(lines.get(0).trim());
			Optional<ProcessHandle> process = ProcessHandle.of(pid)
					.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
			if (process.isEmpty()) {
				return;
			}
			log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by a previous run", pid);
			process.get().destroy();
			long deadline = System.currentTimeMillis() + 30_000;
			while (process.get().isAlive() && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
		}
		catch (IOException | RuntimeException e) {
			log.warn("Could not inspect {}: {}", pidFile, e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

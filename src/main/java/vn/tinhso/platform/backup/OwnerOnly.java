package vn.tinhso.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A backup holds personal data and may hold the signing master key: its directory and the key's copies
 * are for their owner only.
 */
final class OwnerOnly {

	private OwnerOnly() {
	}

	static void file(Path file) throws IOException {
		restrict(file, "rw-------");
	}

	static void directory(Path dir) throws IOException {
		restrict(dir, "rwx------");
	}

	private static void restrict(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException e) {
			path.toFile().setReadable(false, false);
			path.toFile().setReadable(true, true);
		}
	}
}

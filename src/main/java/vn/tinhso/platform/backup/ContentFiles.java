package vn.tinhso.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files kept under their SHA-256 as the files module's store lays them out ({@code <root>/ab/cd/<sha256>}),
 * both in the live store and in a backup. A copy is checked against its name on the way and lands
 * whole or not at all.
 */
final class ContentFiles {

	enum Outcome {
		COPIED, MISSING, DAMAGED
	}

	private ContentFiles() {
	}

	static Path pathOf(Path root, String sha256) {
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	/**
	 * Copies the file named {@code sha256} from one store to the other.
	 *
	 * @param force whether to force the copy to disk before it takes its name
	 */
	static Outcome copy(Path fromRoot, Path toRoot, String sha256, boolean force) throws IOException {
		Path from = pathOf(fromRoot, sha256);
		if (!Files.isRegularFile(from)) {
			return Outcome.MISSING;
		}
		Path target = pathOf(toRoot, sha256);
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
		try {
			MessageDigest digest = Sha256.digest();
			try (InputStream in = Files.newInputStream(from);
					FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				OutputStream out = Channels.newOutputStream(channel);
				byte[] buffer = new byte[1 << 16];
				for (int n; (n = in.read(buffer)) > 0;) {
					digest.update(buffer, 0, n);
					out.write(buffer, 0, n);
				}
				if (force) {
					channel.force(true);
				}
			}
			if (!Sha256.hex(digest).equals(sha256)) {
				return Outcome.DAMAGED;
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return Outcome.COPIED;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Every regular file under the root, whatever its name. */
	static List<Path> all(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	/** Whether the store holds no file at all (a missing directory is empty). */
	static boolean isEmpty(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return true;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.noneMatch(Files::isRegularFile);
		}
	}

	/** The SHA-256 a file's place in the store promises, or null when the place is not a store path. */
	static String nameIn(Path root, Path file) {
		Path relative = root.relativize(file);
		if (relative.getNameCount() != 3) {
			return null;
		}
		String sha = relative.getFileName().toString();
		boolean placed = Sha256.isHex(sha) && relative.getName(0).toString().equals(sha.substring(0, 2))
				&& relative.getName(1).toString().equals(sha.substring(2, 4));
		return placed ? sha : null;
	}
}

package vn.tinhso.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a backup end to end before anything is restored from it: the manifest against its checksum,
 * every table file against its size and SHA-256, every store file against its name, and the master
 * key file. Any difference refuses the backup as corrupt.
 */
final class BackupCheck {

	private BackupCheck() {
	}

	static Manifest verify(Path backup) throws IOException {
		if (!Files.isDirectory(backup)) {
			throw new BackupException("No backup at " + backup);
		}
		Manifest manifest = Manifest.readFrom(backup);
		if (manifest.database() == null || manifest.database().schemaVersion() == null || manifest.tables() == null
				|| manifest.files() == null || manifest.sequences() == null) {
			throw new BackupException("The backup is corrupt: " + Manifest.FILE + " lacks its database, tables, sequences or files");
		}
		Set<String> names = new HashSet<>();
		for (Manifest.Table table : manifest.tables()) {
			checkTable(backup, table);
			if (!names.add(table.name())) {
				throw new BackupException("The backup is corrupt: table " + table.name() + " appears twice in " + Manifest.FILE);
			}
		}
		manifest.sequences().forEach(s -> {
			if (!Catalog.isPlainName(s.name())) {
				throw new BackupException("The backup is corrupt: sequence name " + s.name() + " is not a plain name");
			}
		});
		checkFiles(backup.resolve(Manifest.FILES_DIR), manifest.files());
		checkKey(backup, manifest.masterKey());
		return manifest;
	}

	static Path dataFile(Path backup, Manifest.Table table) {
		return backup.resolve(Manifest.DATA_DIR).resolve(table.name() + ".copy.gz");
	}

	private static void checkTable(Path backup, Manifest.Table table) throws IOException {
		if (!Catalog.isPlainName(table.name()) || table.columns() == null || table.columns().isEmpty()
				|| !table.columns().stream().allMatch(Catalog::isPlainName)) {
			throw new BackupException("The backup is corrupt: table " + table.name() + " has no plain name or no columns");
		}
		Path file = dataFile(backup, table);
		if (!Files.isRegularFile(file)) {
			throw new BackupException("The backup is corrupt: " + backup.relativize(file) + " is missing");
		}
		if (Files.size(file) != table.bytes() || !Sha256.of(file).equals(table.sha256())) {
			throw new BackupException("The backup is corrupt: " + backup.relativize(file) + " does not match its size and SHA-256 in "
					+ Manifest.FILE);
		}
	}

	private static void checkFiles(Path root, Manifest.StoredFiles expected) throws IOException {
		List<Path> files = ContentFiles.all(root);
		long bytes = 0;
		for (Path file : files) {
			String sha = ContentFiles.nameIn(root, file);
			if (sha == null) {
				throw new BackupException("The backup is corrupt: unexpected file " + root.getParent().relativize(file));
			}
			if (!Sha256.of(file).equals(sha)) {
				throw new BackupException("The backup is corrupt: " + root.getParent().relativize(file) + " does not match its SHA-256");
			}
			bytes += Files.size(file);
		}
		if (files.size() != expected.count() || bytes != expected.bytes()) {
			throw new BackupException("The backup is corrupt: " + files.size() + " store files (" + bytes + " bytes) where "
					+ Manifest.FILE + " lists " + expected.count() + " (" + expected.bytes() + " bytes)");
		}
	}

	private static void checkKey(Path backup, Manifest.KeyFile key) throws IOException {
		if (key == null) {
			return;
		}
		Path file = backup.resolve(Manifest.KEY_FILE);
		if (!Files.isRegularFile(file) || !Sha256.of(file).equals(key.sha256())) {
			throw new BackupException("The backup is corrupt: " + Manifest.KEY_FILE + " is missing or does not match its SHA-256");
		}
	}
}

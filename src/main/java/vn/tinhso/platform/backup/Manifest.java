package vn.tinhso.platform.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds ({@code manifest.json}), written last so that a backup without one is known to be
 * unfinished. A sidecar {@code manifest.json.sha256} guards the manifest itself.
 *
 * @param format {@value #FORMAT}
 * @param createdAt when the backup finished (ISO-8601)
 * @param snapshotAt the database time of the snapshot: everything committed before it is in the backup
 * @param database the server and the schema the data fits
 * @param tables one COPY file per table, in name order
 * @param sequences sequence positions, read after the snapshot (so never behind the data)
 * @param files the file store's files referenced by the snapshot's {@code stored_file} rows
 * @param masterKey the signing master key file, if it was taken along
 */
record Manifest(String format, String createdAt, String snapshotAt, Database database, List<Table> tables,
		List<Sequence> sequences, StoredFiles files, KeyFile masterKey) {

	static final String FORMAT = "tinhso-backup/1";
	static final String FILE = "manifest.json";
	static final String CHECKSUM_FILE = "manifest.json.sha256";
	static final String DATA_DIR = "db";
	static final String FILES_DIR = "files";
	static final String KEY_FILE = "signing-master.key";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	/**
	 * @param schemaVersion the newest Flyway migration applied to the source
	 * @param migrations every applied migration version, for the restore to check it rebuilt the same schema
	 */
	record Database(String server, String schema, String schemaVersion, List<String> migrations) {
	}

	/** A table's rows in PostgreSQL's COPY text format, gzip-compressed; columns without generated ones. */
	record Table(String name, long rows, List<String> columns, String file, long bytes, String sha256) {
	}

	/**
	 * @param lastValue the sequence's {@code last_value}, read from the sequence itself
	 * @param called its {@code is_called}: whether the next value follows {@code lastValue} rather than being it
	 *        (null in a backup that recorded a never-used sequence as a null {@code lastValue})
	 */
	record Sequence(String name, Long lastValue, Boolean called) {
	}

	/**
	 * @param missing referenced by a row but absent from the store when the backup ran
	 * @param damaged present but no longer matching its SHA-256 (not copied)
	 */
	record StoredFiles(long count, long bytes, List<String> missing, List<String> damaged) {

		List<String> missingOrEmpty() {
			return missing == null ? List.of() : missing;
		}

		List<String> damagedOrEmpty() {
			return damaged == null ? List.of() : damaged;
		}

		/** Whether every file the snapshot's rows reference is in the backup. */
		boolean whole() {
			return missingOrEmpty().isEmpty() && damagedOrEmpty().isEmpty();
		}
	}

	record KeyFile(String file, String sha256) {
	}

	long rows() {
		return tables.stream().mapToLong(Table::rows).sum();
	}

	long dataBytes() {
		return tables.stream().mapToLong(Table::bytes).sum();
	}

	void writeTo(Path dir) throws IOException {
		byte[] json = JSON.writeValueAsBytes(this);
		Files.write(dir.resolve(FILE), json);
		Files.writeString(dir.resolve(CHECKSUM_FILE), Sha256.of(json) + "  " + FILE + "\n", StandardCharsets.US_ASCII);
	}

	/** Reads and checks a manifest; refuses a missing, altered or unreadable one. */
	static Manifest readFrom(Path dir) throws IOException {
		Path file = dir.resolve(FILE);
		Path checksum = dir.resolve(CHECKSUM_FILE);
		if (!Files.isRegularFile(file) || !Files.isRegularFile(checksum)) {
			throw new BackupException(dir + " is not a finished TinhSo backup: " + FILE + " or " + CHECKSUM_FILE + " is missing");
		}
		byte[] json = Files.readAllBytes(file);
		String expected = Files.readString(checksum, StandardCharsets.US_ASCII).strip().split("\\s+")[0];
		if (!Sha256.of(json).equals(expected)) {
			throw new BackupException("The backup is corrupt: " + FILE + " does not match its SHA-256 in " + CHECKSUM_FILE);
		}
		Manifest manifest;
		try {
			manifest = JSON.readValue(json, Manifest.class);
		}
		catch (JacksonException e) {
			throw new BackupException("The backup is corrupt: " + FILE + " cannot be read (" + e.getOriginalMessage() + ")");
		}
		if (!FORMAT.equals(manifest.format())) {
			throw new BackupException("Unknown backup format " + manifest.format() + " (this TinhSo reads " + FORMAT + ")");
		}
		return manifest;
	}
}

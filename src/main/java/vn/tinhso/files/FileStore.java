package vn.tinhso.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/**
 * Content-addressed file storage on disk ({@code <dir>/ab/cd/<sha256>}), written to a temporary file,
 * forced to disk and moved into place, so a file is either complete or absent. The same content is
 * stored once. The metadata row is written in the caller's transaction.
 */
@Service
public class FileStore {

	private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

	private final JdbcClient jdbc;
	private final Path root;
	private final long maxBytes;

	FileStore(JdbcClient jdbc, @Value("${tinhso.files.dir:./data/files}") String dir,
			@Value("${tinhso.files.max-bytes:10485760}") long maxBytes) {
		this.jdbc = jdbc;
		this.root = Path.of(dir).toAbsolutePath();
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * Checks and stores an upload.
	 *
	 * @param field the form field or paper the file belongs to, named in refusals
	 * @param allowed the types the caller accepts
	 */
	public StoredFile store(String field, byte[] content, Set<FileType> allowed) {
		if (content == null || content.length == 0) {
			throw DomainException.invalidFields(List.of(new FieldProblem(field, "file.empty")));
		}
		if (content.length > maxBytes) {
			throw DomainException.invalidFields(List.of(
					new FieldProblem(field, "file.too-large", maxBytes / (1024 * 1024))));
		}
		FileType type = FileType.detect(content).filter(allowed::contains).orElseThrow(() -> DomainException.invalidFields(
				List.of(new FieldProblem(field, "file.type-not-allowed",
						String.join(", ", allowed.stream().map(FileType::extension).sorted().toList())))));
		return write(content, type);
	}

	/** A stored file's metadata, if a file with this SHA-256 has been stored. */
	public Optional<StoredFile> find(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			return Optional.empty();
		}
		record Row(long size, String mediaType) {
		}
		return jdbc.sql("select size, media_type from stored_file where sha256 = ?").param(sha256)
				.query((rs, i) -> new Row(rs.getLong("size"), rs.getString("media_type"))).optional()
				.flatMap(row -> FileType.ofMediaType(row.mediaType()).map(type -> new StoredFile(sha256, row.size(), type)));
	}

	public byte[] read(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw DomainException.notFound("file.not-found");
		}
		try {
			return Files.readAllBytes(pathOf(sha256));
		}
		catch (NoSuchFileException e) {
			throw DomainException.notFound("file.not-found");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private StoredFile write(byte[] content, FileType type) {
		String sha = sha256(content);
		Path target = pathOf(sha);
		try {
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Path temp = Files.createTempFile(target.getParent(), sha, ".part");
				try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
					out.write(ByteBuffer.wrap(content));
					out.force(true);
				}
				move(temp, target);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store file " + sha, e);
		}
		jdbc.sql("""
				insert into stored_file (sha256, size, media_type) values (?, ?, ?)
				on conflict (sha256) do nothing""").params(sha, content.length, type.mediaType()).update();
		return new StoredFile(sha, content.length, type);
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private Path pathOf(String sha) {
		return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

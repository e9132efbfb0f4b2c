package vn.tinhso.feedback.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import vn.tinhso.files.FileStore;
import vn.tinhso.files.FileType;
import vn.tinhso.files.StoredFile;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/**
 * Report and answer photos: checked by content (JPEG or PNG), size and pixel count, then copied for
 * publication without metadata (see {@link ImageCopies}). Checking and copying happen before anything
 * is stored, so a refused upload leaves nothing behind.
 */
@Service
@EnableConfigurationProperties(PhotoProperties.class)
public class FeedbackPhotos {

	private static final Set<FileType> ACCEPTED = EnumSet.of(FileType.JPEG, FileType.PNG);

	private final FileStore files;
	private final PhotoProperties limits;

	FeedbackPhotos(FileStore files, PhotoProperties limits) {
		this.files = files;
		this.limits = limits;
	}

	public int maxCount() {
		return limits.maxCount();
	}

	public long maxBytes() {
		return Math.min(limits.maxBytes(), files.maxBytes());
	}

	/** Checks every upload of a form field and prepares its published copy; refuses all if one is bad. */
	public List<PreparedPhoto> prepare(String field, List<byte[]> uploads) {
		if (uploads.size() > limits.maxCount()) {
			throw DomainException.invalidFields(List.of(new FieldProblem(field, "feedback.photo.too-many", limits.maxCount())));
		}
		List<PreparedPhoto> prepared = new ArrayList<>();
		for (byte[] upload : uploads) {
			prepared.add(prepare(field, upload));
		}
		return prepared;
	}

	public StoredPhoto store(String field, PreparedPhoto photo) {
		StoredFile original = files.store(field, photo.original(), ACCEPTED);
		StoredFile published = files.store(field, photo.published(), EnumSet.of(FileType.JPEG));
		return new StoredPhoto(original.sha256(), published.sha256(), photo.width(), photo.height());
	}

	/**
	 * Keeps an upload already checked by {@link #prepare} in the file store as it is (a report waiting
	 * for its sender's confirmation); it is prepared again when the report is made.
	 */
	public String hold(String field, byte[] content) {
		return files.store(field, content, ACCEPTED).sha256();
	}

	public byte[] read(String sha256) {
		return files.read(sha256);
	}

	/**
	 * A new published copy of a photo with the rectangles blacked out ({@code blur} false) or blurred;
	 * the original is not touched. Rectangles must lie inside the copy (its width and height).
	 */
	public StoredPhoto redact(StoredPhoto photo, List<Rectangle> rectangles, boolean blur) {
		if (rectangles.isEmpty() || rectangles.size() > 20) {
			throw DomainException.invalidFields(List.of(new FieldProblem("rectangles", "feedback.redaction.count", 20)));
		}
		for (Rectangle r : rectangles) {
			if (!r.inside(photo.width(), photo.height())) {
				throw DomainException.invalidFields(List.of(new FieldProblem("rectangles", "feedback.redaction.outside",
						photo.width(), photo.height())));
			}
		}
		BufferedImage copy;
		try {
			copy = ImageIO.read(new ByteArrayInputStream(files.read(photo.publicSha256())));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		BufferedImage covered = Redactor.apply(copy, rectangles, blur ? Redactor.Mode.BLUR : Redactor.Mode.BLACK);
		StoredFile published = files.store("photo", ImageCopies.jpeg(covered), EnumSet.of(FileType.JPEG));
		return new StoredPhoto(photo.originalSha256(), published.sha256(), covered.getWidth(), covered.getHeight());
	}

	/** The media type of a stored original. */
	public String mediaType(String sha256) {
		return files.find(sha256).map(f -> f.type().mediaType()).orElse("application/octet-stream");
	}

	private PreparedPhoto prepare(String field, byte[] content) {
		if (content.length > maxBytes()) {
			throw DomainException.invalidFields(List.of(new FieldProblem(field, "file.too-large", maxBytes() / (1024 * 1024))));
		}
		FileType type = FileType.detect(content).filter(ACCEPTED::contains).orElseThrow(() -> DomainException.invalidFields(
				List.of(new FieldProblem(field, "file.type-not-allowed", "jpg, png"))));
		BufferedImage image = decode(field, content);
		int orientation = type == FileType.JPEG ? ExifOrientation.of(content) : 1;
		BufferedImage upright = ImageCopies.upright(image, orientation, limits.maxSide());
		return new PreparedPhoto(content, ImageCopies.jpeg(upright), upright.getWidth(), upright.getHeight());
	}

	/** Reads the size first and decodes only images of a sane pixel count. */
	private BufferedImage decode(String field, byte[] content) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw unreadable(field);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > limits.maxPixels()) {
					throw DomainException.invalidFields(List.of(new FieldProblem(field, "feedback.photo.too-many-pixels",
							limits.maxPixels() / 1_000_000)));
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof DomainException d) {
				throw d;
			}
			throw unreadable(field);
		}
	}

	private static DomainException unreadable(String field) {
		return DomainException.invalidFields(List.of(new FieldProblem(field, "feedback.photo.unreadable")));
	}
}

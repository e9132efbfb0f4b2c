package vn.tinhso.signing.keys;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.files.FileType;
import vn.tinhso.platform.DomainException;

/** Signature and seal images (PNG, transparent background) per official and per agency. */
@Repository
public class SignatureImages {

	static final int MAX_BYTES = 1024 * 1024;
	static final int MAX_SIDE = 2000;

	private final JdbcClient jdbc;

	SignatureImages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Checks the bytes are a sane PNG and stores or replaces the owner's image. */
	public void store(KeyOwner owner, byte[] png, String source, Long storedBy) {
		check(png);
		jdbc.sql("""
				insert into signing_image (owner_kind, owner_ref, png, source, stored_by) values (?, ?, ?, ?, ?)
				on conflict (owner_kind, owner_ref) do update set png = excluded.png, source = excluded.source,
				  stored_at = now(), stored_by = excluded.stored_by""")
				.params(owner.kind().name(), owner.ref(), png, source, storedBy).update();
	}

	public Optional<byte[]> find(KeyOwner owner) {
		return jdbc.sql("select png from signing_image where owner_kind = ? and owner_ref = ?")
				.params(owner.kind().name(), owner.ref()).query((rs, i) -> rs.getBytes(1)).optional();
	}

	public boolean exists(KeyOwner owner) {
		return jdbc.sql("select exists (select 1 from signing_image where owner_kind = ? and owner_ref = ?)")
				.params(owner.kind().name(), owner.ref()).query(Boolean.class).single();
	}

	public boolean delete(KeyOwner owner) {
		return jdbc.sql("delete from signing_image where owner_kind = ? and owner_ref = ?")
				.params(owner.kind().name(), owner.ref()).update() > 0;
	}

	private static void check(byte[] png) {
		if (png == null || png.length == 0 || png.length > MAX_BYTES
				|| FileType.detect(png).filter(FileType.PNG::equals).isEmpty()) {
			throw DomainException.invalid("signing.image-invalid");
		}
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			if (image == null || image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
				throw DomainException.invalid("signing.image-invalid");
			}
		}
		catch (IOException e) {
			throw DomainException.invalid("signing.image-invalid");
		}
	}
}

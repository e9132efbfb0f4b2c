package vn.tinhso.files;

/** A stored file: its SHA-256 (also its identity), size in bytes and detected type. */
public record StoredFile(String sha256, long size, FileType type) {
}

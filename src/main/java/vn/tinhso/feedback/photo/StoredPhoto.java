package vn.tinhso.feedback.photo;

/** A photo in the file store: the original and the published copy, by SHA-256. */
public record StoredPhoto(String originalSha256, String publicSha256, int width, int height) {
}

package vn.tinhso.feedback.photo;

/**
 * A checked upload and its published copy, not yet stored.
 *
 * @param original the bytes as uploaded (kept for officials)
 * @param published a JPEG without metadata, at most the configured size on its long side
 */
public record PreparedPhoto(byte[] original, byte[] published, int width, int height) {
}

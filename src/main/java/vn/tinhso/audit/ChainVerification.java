package vn.tinhso.audit;

/**
 * Result of checking the whole audit chain.
 *
 * @param intact true when every entry's hash matches its content and its predecessor
 * @param checkedEntries how many entries were read
 * @param firstBrokenId the first entry whose hash or link does not match, or null
 * @param reason {@code hash-mismatch} (content changed) or {@code link-broken} (entry removed or reordered)
 */
public record ChainVerification(boolean intact, long checkedEntries, Long firstBrokenId, String reason) {
}

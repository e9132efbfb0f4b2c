package vn.tinhso.feedback.channel;

/**
 * What the webhook answers, for the platform gateway to send back to the person.
 *
 * @param status CREATED (a report was made), NEED_LOCATION (kept until a location comes), NEED_CATEGORY
 *        (no category keyword), or DUPLICATE (this message was handled before)
 * @param reply the text to send to the person, in Vietnamese
 * @param reportCode the report made, when CREATED
 * @param ignoredImages image URLs not fetched (host not allow-listed) or images refused
 */
public record ZaloReply(String status, String reply, String reportCode, int ignoredImages) {
}

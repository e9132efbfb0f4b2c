package vn.tinhso.feedback;

/**
 * A person without an account sent a report: the notification module sends them the confirmation code
 * by e-mail or short message. The code is valid for a few minutes; the feedback module keeps only its
 * hash (the event registry and the e-mail log hold the message until they are cleaned).
 *
 * @param contactKind EMAIL or PHONE
 * @param validMinutes how long the code may be used
 * @param eventKey unique per code sent
 */
public record FeedbackCodeRequested(String contactKind, String contact, String code, int validMinutes, String eventKey) {
}

package vn.tinhso.feedback.report;

/**
 * Who reported: a citizen's account, or the details an operator typed from a hotline call or an
 * Open311 client sent. {@code anonymous}: the name is hidden in public views, officials still see it.
 */
public record Reporter(Long accountId, String name, String email, String phone, boolean anonymous) {
}

package vn.tinhso.procedure;

/**
 * A paper the applicant hands in (thành phần hồ sơ).
 *
 * @param code stable key inside the procedure ({@code TP1}); dossier uploads refer to it
 * @param templateName the official form number, empty when the paper is not a form
 */
public record Component(String code, String name, int originals, int copies, boolean mandatory, String templateName) {
}

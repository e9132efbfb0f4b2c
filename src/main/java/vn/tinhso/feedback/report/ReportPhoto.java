package vn.tinhso.feedback.report;

/** A photo of the report (REPORT) or of the answer (ANSWER). */
public record ReportPhoto(long id, String purpose, String originalSha256, String publicSha256, int width, int height) {

	public static final String REPORT = "REPORT";
	public static final String ANSWER = "ANSWER";
}

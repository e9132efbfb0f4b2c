package vn.tinhso.feedback.report;

/** A photo of the report (REPORT), of the answer (ANSWER) or of the reporter's further information (INFO, never public). */
public record ReportPhoto(long id, String purpose, String originalSha256, String publicSha256, int width, int height) {

	public static final String REPORT = "REPORT";
	public static final String ANSWER = "ANSWER";
	public static final String INFO = "INFO";

	public boolean publishable() {
		return !INFO.equals(purpose);
	}
}

package vn.tinhso.procedure;

/** What the applicant receives (kết quả thực hiện); {@code electronic} when an electronic copy is issued. */
public record ResultPaper(String name, boolean electronic) {
}

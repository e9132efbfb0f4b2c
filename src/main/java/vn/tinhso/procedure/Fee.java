package vn.tinhso.procedure;

/** A fee or charge (phí, lệ phí) in VND. */
public record Fee(String name, long amount, String note) {
}

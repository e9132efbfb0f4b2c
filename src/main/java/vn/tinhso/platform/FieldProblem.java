package vn.tinhso.platform;

/**
 * One invalid input value.
 *
 * @param field the field (or CSV column) name
 * @param code stable machine-readable code, also the message key {@code error.<code>}
 * @param args message arguments
 */
public record FieldProblem(String field, String code, Object... args) {
}

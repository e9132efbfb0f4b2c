package vn.tinhso.directory.importing;

import java.util.List;

/** A reason a CSV row cannot be imported: its line, the column, a problem code and message arguments. */
public record RowProblem(long line, String field, String code, List<String> args) {
}

package vn.tinhso.document.directive;

import java.util.List;

/** A directive with its units, the marks computed for today, the progress reports and the history. */
public record DirectiveDetail(Directive directive, List<DirectiveUnit> units, boolean overdue, String completion,
		List<ProgressReport> progress, List<DirectiveEvent> history) {
}

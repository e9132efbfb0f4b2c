package vn.tinhso.document.directive;

import java.util.List;

/** A directive in a list, with its units and the marks computed for today. */
public record DirectiveItem(Directive directive, List<DirectiveUnit> units, boolean overdue, String completion) {
}

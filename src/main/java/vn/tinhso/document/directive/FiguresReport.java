package vn.tinhso.document.directive;

import java.time.LocalDate;
import java.util.List;

/**
 * Directive figures of an agency (and the agencies below it) for directives recorded from {@code from} to
 * {@code to}, per lead unit, with the totals; "overdue" and "open not yet due" are as of {@code asOf}.
 */
public record FiguresReport(String agencyCode, LocalDate from, LocalDate to, LocalDate asOf, List<UnitFigures> units,
		UnitFigures total) {
}

package vn.tinhso.document.directive;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of a directive's history (append-only); an extension names the old and the new deadline. */
public record DirectiveEvent(long id, OffsetDateTime at, String actorName, String action, String fromStatus,
		String toStatus, LocalDate fromDue, LocalDate toDue, String note) {
}

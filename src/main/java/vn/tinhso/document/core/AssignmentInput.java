package vn.tinhso.document.core;

import java.time.LocalDate;

/** One line of a leader's assignment: a unit (agency code) or a person (username), its kind, deadline and note. */
public record AssignmentInput(String kind, String agencyCode, String username, LocalDate dueOn, String note) {
}

package vn.tinhso.document.directive;

import java.time.LocalDate;
import java.util.List;

/**
 * A new directive: the issuing agency (where the leader holds LEADER), the content, the source (a meeting
 * with its name and date, or a document by id), the lead and cooperating units (agency codes inside the
 * issuing agency), the deadline and the expected output.
 */
public record DirectiveForm(String agencyCode, String content, String sourceKind, String meetingName,
		LocalDate meetingOn, Long documentId, String leadUnit, List<String> cooperatingUnits, LocalDate dueOn,
		String expectedOutput) {
}

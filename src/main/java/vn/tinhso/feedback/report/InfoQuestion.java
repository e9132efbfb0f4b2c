package vn.tinhso.feedback.report;

import java.util.UUID;

import vn.tinhso.feedback.ReportStatus;

/**
 * What the answer page shows a reporter without an account: their report and, while it waits for them
 * ({@code awaiting}), the question asked; once answered or closed, nothing is waiting and the link is spent.
 */
public record InfoQuestion(UUID token, String code, String categoryCode, ReportStatus status, boolean awaiting,
		String question) {
}

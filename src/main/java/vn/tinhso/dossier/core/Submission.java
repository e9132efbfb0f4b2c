package vn.tinhso.dossier.core;

import java.util.List;
import java.util.UUID;

import vn.tinhso.dossier.Channel;

/**
 * A dossier handed in: online by the applicant (whose details come from their account), or at the
 * desk or by post through a one-stop officer (who types the applicant's details).
 *
 * @param submissionKey generated when the form is shown; the same form sent twice makes one dossier
 * @param applicant the applicant's details, for desk and postal reception; ignored online
 * @param declared the applicant confirmed the declaration (cam kết) on the online form
 */
public record Submission(String procedureCode, String agencyCode, Channel channel, UUID submissionKey,
		Applicant applicant, List<Upload> uploads, boolean declared) {
}

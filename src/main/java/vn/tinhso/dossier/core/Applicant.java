package vn.tinhso.dossier.core;

/**
 * Who the dossier is for. {@code accountId} links it to the citizen's or organisation's account when
 * there is one, so that a dossier handed in at the desk also shows in their online space.
 */
public record Applicant(Long accountId, String kind, String name, String idNumber, String email, String phone,
		String address) {
}

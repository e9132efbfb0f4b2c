package vn.tinhso.dossier.core;

import java.util.ArrayList;
import java.util.List;

import vn.tinhso.directory.ApplicantDirectory;
import vn.tinhso.directory.PersonalId;
import vn.tinhso.directory.TaxCode;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Emails;
import vn.tinhso.platform.FieldProblem;

/**
 * The applicant details a one-stop officer types at the desk. A registered citizen or organisation
 * with the same personal id or tax code is linked, so the dossier also appears in their online space.
 */
final class DeskApplicant {

	private DeskApplicant() {
	}

	static Applicant check(Applicant a, ApplicantDirectory directory) {
		if (a == null) {
			throw DomainException.invalidFields(List.of(new FieldProblem("applicantName", "value.required")));
		}
		List<FieldProblem> problems = new ArrayList<>();
		String kind = a.kind() == null || a.kind().isBlank() ? "CITIZEN" : a.kind().strip();
		String idNumber = a.idNumber() == null ? "" : a.idNumber().strip();
		if (!kind.equals("CITIZEN") && !kind.equals("ORGANISATION")) {
			problems.add(new FieldProblem("applicantKind", "value.wrong-type"));
		}
		else {
			String problem = kind.equals("CITIZEN") ? PersonalId.problem(idNumber) : TaxCode.problem(idNumber);
			if (problem != null) {
				problems.add(new FieldProblem("applicantIdNumber", problem));
			}
			idNumber = kind.equals("ORGANISATION") ? TaxCode.normalize(idNumber) : idNumber;
		}
		String name = a.name() == null ? "" : a.name().strip();
		if (name.length() < 2 || name.length() > 200) {
			problems.add(new FieldProblem("applicantName", "value.required"));
		}
		String email = a.email() == null ? "" : a.email().strip();
		if (!email.isEmpty() && !Emails.isValid(email)) {
			problems.add(new FieldProblem("applicantEmail", "value.email"));
		}
		String phone = a.phone() == null ? "" : a.phone().strip();
		if (!phone.isEmpty() && !phone.matches("^\\+?[0-9 .]{8,15}$")) {
			problems.add(new FieldProblem("applicantPhone", "value.phone"));
		}
		String address = a.address() == null ? "" : a.address().strip();
		if (address.length() > 500) {
			problems.add(new FieldProblem("applicantAddress", "value.too-long", 500));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		var account = directory.findByIdNumber(idNumber);
		String finalEmail = email.isEmpty() ? account.map(p -> p.email()).orElse("") : email;
		String finalPhone = phone.isEmpty() ? account.map(p -> p.phone()).orElse("") : phone;
		return new Applicant(account.map(p -> p.accountId()).orElse(null), kind, name, idNumber, finalEmail, finalPhone,
				address);
	}
}

package vn.tinhso.dossier.core;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/**
 * How the result reached the applicant: the paper taken at the desk (by whom, with which identity
 * document), sent by post (tracking number), or only the electronic copy.
 */
public record ResultDelivery(Method method, String receiverName, String receiverIdNumber, String postalTracking,
		OffsetDateTime deliveredAt) {

	public enum Method {
		DESK, POST, ONLINE
	}

	/** What the officer typed when returning the result; blank fields are left to {@link #resolve}. */
	public record Entered(String delivery, String receiverName, String receiverIdNumber, String postalTracking) {

		public static final Entered NONE = new Entered(null, null, null, null);
	}

	/**
	 * The delivery to record, from what was entered. Nothing entered means the electronic copy when there
	 * is one, else the applicant at the desk; a desk pickup without a name is the applicant's.
	 */
	static ResultDelivery resolve(Entered e, Dossier d, boolean electronicResult, OffsetDateTime now) {
		Entered in = e == null ? Entered.NONE : e;
		List<FieldProblem> problems = new ArrayList<>();
		Method method = method(in.delivery(), electronicResult, problems);
		String name = blank(in.receiverName()) ? d.applicant().name() : in.receiverName().strip();
		String idNumber = blank(in.receiverIdNumber()) ? "" : in.receiverIdNumber().strip();
		String tracking = blank(in.postalTracking()) ? "" : in.postalTracking().strip();
		if (name.length() > 200) {
			problems.add(new FieldProblem("receiverName", "value.too-long", 200));
		}
		if (!idNumber.isEmpty() && !idNumber.matches("\\d{9}|\\d{12}")) {
			problems.add(new FieldProblem("receiverIdNumber", "dossier.delivery.id-number"));
		}
		if (method == Method.POST && !tracking.matches("[A-Za-z0-9-]{4,40}")) {
			problems.add(new FieldProblem("postalTracking", "dossier.delivery.tracking-required"));
		}
		if (method == Method.ONLINE && !electronicResult) {
			problems.add(new FieldProblem("files", "dossier.delivery.online-needs-file"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		return switch (method) {
			case DESK -> new ResultDelivery(method, name, idNumber, "", now);
			case POST -> new ResultDelivery(method, name, "", tracking, now);
			case ONLINE -> new ResultDelivery(method, d.applicant().name(), "", "", now);
		};
	}

	private static Method method(String raw, boolean electronicResult, List<FieldProblem> problems) {
		if (blank(raw)) {
			return electronicResult ? Method.ONLINE : Method.DESK;
		}
		try {
			return Method.valueOf(raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem("delivery", "dossier.delivery.unknown", raw.strip()));
			return Method.DESK;
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}

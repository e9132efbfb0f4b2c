package vn.tinhso.document.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The title lines above a leader's signature (Decree 30/2020, Appendix I): a deputy signs on behalf of
 * the head ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), and the head of a people's committee signs for the committee
 * as a collective body ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"). Built from the position in the directory.
 */
final class SignerTitles {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private static final String DEPUTY = "phó ";
	private static final String COMMITTEE = "ủy ban nhân dân";

	private SignerTitles() {
	}

	/** The lines joined with " / ", as the signing module reads them; "" when the position is unknown. */
	static String of(String position, String agencyName) {
		String p = position == null ? "" : position.strip();
		if (p.isEmpty()) {
			return "";
		}
		List<String> lines = new ArrayList<>();
		String lower = p.toLowerCase(VIETNAMESE);
		boolean deputy = lower.startsWith(DEPUTY) && lower.length() > DEPUTY.length();
		String head = deputy ? p.substring(DEPUTY.length()).strip() : p;
		boolean committee = agencyName != null && agencyName.strip().toLowerCase(VIETNAMESE).startsWith(COMMITTEE)
				&& "chủ tịch".equals(head.toLowerCase(VIETNAMESE));
		if (committee) {
			lines.add("TM. ỦY BAN NHÂN DÂN");
		}
		if (deputy) {
			lines.add("KT. " + upper(head));
		}
		lines.add(upper(p));
		return String.join(" / ", lines);
	}

	private static String upper(String s) {
		return s.toUpperCase(VIETNAMESE);
	}
}

package vn.tinhso.document.core;

import java.util.List;

/**
 * A new outgoing draft: its kind and subject, the drafting unit's abbreviation (for công văn), urgency,
 * confidentiality, the recipients (agency codes), the incoming document it answers, and its PDF.
 */
public record DraftForm(String agencyCode, String typeCode, String subject, String draftingUnit, String urgency,
		String confidentiality, Integer pageCount, List<String> recipients, Long replyTo, byte[] pdf, String fileName) {
}

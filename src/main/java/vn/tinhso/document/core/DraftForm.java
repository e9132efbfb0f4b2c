package vn.tinhso.document.core;

import java.util.List;

/**
 * A new outgoing draft: its kind and subject, the drafting unit's abbreviation (for công văn), urgency,
 * confidentiality, the recipients (agency codes of this installation, or an outside organ's code followed
 * by its name, e.g. {@code 000.00.00.H27 Ủy ban nhân dân tỉnh Bắc Ninh}, sent as edXML), the incoming
 * document it answers, and its file: a PDF, or a Word file (.docx) that the platform converts to PDF.
 */
public record DraftForm(String agencyCode, String typeCode, String subject, String draftingUnit, String urgency,
		String confidentiality, Integer pageCount, List<String> recipients, Long replyTo, byte[] pdf, String fileName) {
}

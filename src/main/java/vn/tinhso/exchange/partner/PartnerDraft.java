package vn.tinhso.exchange.partner;

import java.util.List;

/**
 * A partner as an administrator enters it.
 *
 * @param organIds organ ids (13-character agency codes) or patterns with {@code *}
 * @param outboundApiKey the key the partner gave us; left out on an update, the stored one is kept
 * @param active false to stop accepting from and delivering to the partner; true when left out
 */
public record PartnerDraft(String name, List<String> organIds, String endpointUrl, String outboundApiKey, Boolean active) {
}

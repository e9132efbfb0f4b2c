package vn.tinhso.exchange.partner;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/** Registering partners and issuing their keys; every change is in the audit log. */
@Service
public class PartnerAdmin {

	private static final Pattern ORGAN_PATTERN = Pattern.compile("^[0-9A-Z.*]{1,13}$");

	private final Partners partners;
	private final AuditLog audit;

	PartnerAdmin(Partners partners, AuditLog audit) {
		this.partners = partners;
		this.audit = audit;
	}

	/** A new partner and the API key it must present, shown only now. */
	public record Issued(Partner partner, String apiKey) {
	}

	@Transactional
	public Issued create(PartnerDraft draft) {
		check(draft);
		String key = ApiKeys.generate();
		long id = partners.insert(draft.name().strip(), draft.organIds(), draft.endpointUrl().strip(),
				draft.outboundApiKey() == null ? "" : draft.outboundApiKey().strip(), ApiKeys.hash(key));
		audit.record("exchange.partner.create", "exchange_partner", String.valueOf(id), describe(draft));
		return new Issued(partners.find(id).orElseThrow(), key);
	}

	@Transactional
	public Partner update(long id, PartnerDraft draft) {
		check(draft);
		boolean active = draft.active() == null || draft.active();
		String outbound = draft.outboundApiKey() == null ? null : draft.outboundApiKey().strip();
		if (!partners.update(id, draft.name().strip(), draft.organIds(), draft.endpointUrl().strip(), outbound, active)) {
			throw DomainException.notFound("exchange.partner.not-found", id);
		}
		audit.record("exchange.partner.update", "exchange_partner", String.valueOf(id), describe(draft) + ", active=" + active);
		return partners.find(id).orElseThrow();
	}

	/** A new key for the partner; the old one stops working at once. */
	@Transactional
	public Issued rotateKey(long id) {
		String key = ApiKeys.generate();
		if (!partners.replaceKey(id, ApiKeys.hash(key))) {
			throw DomainException.notFound("exchange.partner.not-found", id);
		}
		audit.record("exchange.partner.rotate-key", "exchange_partner", String.valueOf(id), "");
		return new Issued(partners.find(id).orElseThrow(), key);
	}

	private static void check(PartnerDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.name() == null || draft.name().isBlank()) {
			problems.add(new FieldProblem("name", "value.required"));
		}
		else if (draft.name().length() > 200) {
			problems.add(new FieldProblem("name", "value.too-long", 200));
		}
		if (draft.organIds() == null || draft.organIds().isEmpty()) {
			problems.add(new FieldProblem("organIds", "value.required"));
		}
		else {
			draft.organIds().stream().filter(p -> p == null || !ORGAN_PATTERN.matcher(p).matches()).findFirst()
					.ifPresent(p -> problems.add(new FieldProblem("organIds", "exchange.partner.organ-pattern", p)));
		}
		if (!isHttpUrl(draft.endpointUrl())) {
			problems.add(new FieldProblem("endpointUrl", "exchange.partner.endpoint"));
		}
		if (draft.outboundApiKey() != null && draft.outboundApiKey().length() > 500) {
			problems.add(new FieldProblem("outboundApiKey", "value.too-long", 500));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
	}

	private static boolean isHttpUrl(String url) {
		if (url == null || url.isBlank()) {
			return false;
		}
		try {
			URI uri = new URI(url.strip());
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	private static String describe(PartnerDraft d) {
		return "name=" + d.name() + ", organs=" + d.organIds() + ", endpoint=" + d.endpointUrl();
	}
}

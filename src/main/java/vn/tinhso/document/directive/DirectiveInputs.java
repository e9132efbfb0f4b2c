package vn.tinhso.document.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.document.core.Document;
import vn.tinhso.document.core.DocumentQueries;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;

/**
 * Checks what a leader names in a new directive: its source (a meeting, or a document they may see) and its
 * units (active agencies inside the issuing agency, the lead first, each once).
 */
@Component
class DirectiveInputs {

	static final int MAX_COOPERATING = 30;

	private final AgencyDirectory agencies;
	private final DocumentQueries documents;

	DirectiveInputs(AgencyDirectory agencies, DocumentQueries documents) {
		this.agencies = agencies;
		this.documents = documents;
	}

	record Source(String kind, String meetingName, LocalDate meetingOn, Long documentId, String label) {
	}

	/** A meeting (name and a date not in the future) or a document the leader may see. */
	Source source(Actor actor, DirectiveForm f, LocalDate today, Checks check) {
		String kind = f.sourceKind() == null ? "" : f.sourceKind().strip().toUpperCase(Locale.ROOT);
		if (Directive.MEETING.equals(kind)) {
			String name = check.text("meetingName", f.meetingName(), 300);
			if (f.meetingOn() == null) {
				check.problem("meetingOn", "value.required");
			}
			else if (f.meetingOn().isAfter(today)) {
				check.problem("meetingOn", "directive.meeting.future");
			}
			return new Source(kind, name, f.meetingOn(), null, "");
		}
		if (Directive.DOCUMENT.equals(kind)) {
			if (f.documentId() == null) {
				check.problem("documentId", "value.required");
				return new Source(kind, null, null, null, "");
			}
			try {
				Document doc = documents.view(actor, f.documentId()).document();
				return new Source(kind, null, null, doc.id(), label(doc));
			}
			catch (DomainException e) {
				check.problem("documentId", "directive.source.document-unknown", f.documentId());
				return new Source(kind, null, null, null, "");
			}
		}
		check.problem("sourceKind", kind.isEmpty() ? "value.required" : "directive.source.kind");
		return new Source(kind, null, null, null, "");
	}

	/** How the directive names its document: number and subject; a secret document only by its number. */
	private static String label(Document d) {
		String number = d.notation() == null || d.notation().isBlank()
				? (d.number() == null ? "#" + d.id() : "Số đến " + d.number()) : d.notation();
		String text = d.confidentiality().secret() ? number + " (" + d.confidentiality().name() + ")" : number + " — " + d.subject();
		return text.length() > 600 ? text.substring(0, 599) + "…" : text;
	}

	/** The lead unit first, then the cooperating ones: active units inside the issuing agency, each once. */
	List<AgencySummary> units(String agencyCode, DirectiveForm f, Checks check) {
		AgencySummary issuing = agencies.findByCode(agencyCode).orElseThrow(
				() -> DomainException.forbidden("directive.leader-only", agencyCode));
		Map<String, AgencySummary> tree = agencies.subtree(issuing.id()).stream().filter(AgencySummary::active)
				.collect(Collectors.toMap(AgencySummary::code, Function.identity(), (a, b) -> a));
		List<AgencySummary> chosen = new ArrayList<>();
		String lead = f.leadUnit() == null ? "" : f.leadUnit().strip();
		if (lead.isEmpty()) {
			check.problem("leadUnit", "value.required");
		}
		else if (!tree.containsKey(lead)) {
			check.problem("leadUnit", "directive.unit.outside", lead);
		}
		else {
			chosen.add(tree.get(lead));
		}
		Set<String> seen = new LinkedHashSet<>();
		seen.add(lead);
		List<String> others = f.cooperatingUnits() == null ? List.of() : f.cooperatingUnits();
		if (others.size() > MAX_COOPERATING) {
			check.problem("cooperatingUnits", "directive.unit.too-many", MAX_COOPERATING);
			return chosen;
		}
		for (int i = 0; i < others.size(); i++) {
			String code = others.get(i) == null ? "" : others.get(i).strip();
			String field = "cooperatingUnits[" + i + "]";
			if (code.isEmpty()) {
				continue;
			}
			if (!seen.add(code)) {
				check.problem(field, "directive.unit.duplicate", code);
			}
			else if (!tree.containsKey(code)) {
				check.problem(field, "directive.unit.outside", code);
			}
			else {
				chosen.add(tree.get(code));
			}
		}
		return chosen;
	}
}

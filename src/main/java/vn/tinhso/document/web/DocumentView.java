package vn.tinhso.document.web;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.document.core.Assignment;
import vn.tinhso.document.core.Direction;
import vn.tinhso.document.core.Document;
import vn.tinhso.document.core.DocumentDetail;
import vn.tinhso.document.core.DocumentExchange;
import vn.tinhso.document.core.DocumentQueries;
import vn.tinhso.document.core.DocumentTypes;
import vn.tinhso.document.core.Review;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.ProvinceTime;

/**
 * Fills the document page: the document with everything attached, and only the action forms that fit the
 * official and the status (the services check everything again), with the people and units to choose from.
 */
@Component
class DocumentView {

	/** The roles that work on documents (clerks, leaders, specialists, one-stop officers). */
	static final Set<Role> STAFF = EnumSet.of(Role.CLERK, Role.LEADER, Role.SPECIALIST, Role.ONE_STOP_OFFICER);

	/** Rows of the assignment form: one lead and two more. */
	static final int ASSIGN_ROWS = 3;

	/** Reviewer choices of the route form, before the signing leader. */
	static final int REVIEWERS = 3;

	/** Which action forms the page shows. */
	record Abilities(boolean assign, boolean note, boolean complete, boolean reply, boolean submit, boolean resubmit,
			boolean review, boolean revise, boolean issue, boolean recall, boolean replace, boolean directive) {

		public boolean any() {
			return assign || note || complete || reply || submit || resubmit || review || revise || issue || recall
					|| replace || directive;
		}
	}

	private final DocumentQueries queries;
	private final DocumentTypes types;
	private final StaffAccess staff;
	private final AgencyDirectory agencies;
	private final Clock clock;
	private final DocumentExchange exchange;

	DocumentView(DocumentQueries queries, DocumentTypes types, StaffAccess staff, AgencyDirectory agencies, Clock clock,
			DocumentExchange exchange) {
		this.queries = queries;
		this.types = types;
		this.staff = staff;
		this.agencies = agencies;
		this.clock = clock;
		this.exchange = exchange;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ProvinceTime.ZONE));
	}

	void fill(Actor actor, long id, Model model) {
		DocumentDetail detail = queries.view(actor, id);
		Document d = detail.document();
		model.addAttribute("detail", detail);
		model.addAttribute("d", d);
		model.addAttribute("typeName", types.find(d.typeCode()).map(DocumentTypes.DocumentType::name).orElse(d.typeCode()));
		model.addAttribute("today", today());
		Abilities can = d.direction() == Direction.IN ? incoming(actor, detail, model) : outgoing(actor, detail, model);
		model.addAttribute("can", can);
		exchange(actor, d, model);
	}

	private Abilities incoming(Actor actor, DocumentDetail detail, Model model) {
		Document d = detail.document();
		long me = actor.accountId();
		Set<Role> roles = staff.rolesOver(me, d.agencyCode());
		boolean open = !Document.DONE.equals(d.status()) && !d.withdrawn();
		String leaderOver = roles.contains(Role.LEADER) ? d.agencyCode() : detail.assignments().stream()
				.filter(a -> a.agencyCode() != null && a.completedAt() == null)
				.filter(a -> staff.rolesOver(me, a.agencyCode()).contains(Role.LEADER))
				.map(Assignment::agencyCode).findFirst().orElse(null);
		List<Assignment> mine = detail.assignments().stream().filter(a -> mine(me, a)).toList();
		boolean handling = !mine.isEmpty();
		boolean lead = mine.stream().anyMatch(a -> Assignment.LEAD.equals(a.kind()));
		boolean assign = open && leaderOver != null;
		if (assign) {
			model.addAttribute("assignRows", ASSIGN_ROWS);
			model.addAttribute("assignUnits", d.confidentiality().secret() ? List.of() : units(leaderOver));
			model.addAttribute("assignPeople", people(leaderOver, -1));
			Long unitAssignment = leaderOver.equals(d.agencyCode()) ? null : detail.assignments().stream()
					.filter(a -> leaderOver.equals(a.agencyCode())).map(Assignment::id).findFirst().orElse(null);
			model.addAttribute("firstAssignment", !hasLead(detail.assignments(), unitAssignment));
		}
		boolean note = open && (handling || leaderOver != null);
		boolean complete = Document.ASSIGNED.equals(d.status()) && (lead || roles.contains(Role.LEADER));
		boolean reply = open && (handling || leaderOver != null) && roles.stream().anyMatch(STAFF::contains);
		return new Abilities(assign, note, complete, reply, false, false, false, false, false, false, false,
				directiveSource(actor, d));
	}

	private Abilities outgoing(Actor actor, DocumentDetail detail, Model model) {
		Document d = detail.document();
		long me = actor.accountId();
		boolean drafter = d.createdBy() == me;
		boolean editable = drafter && (Document.DRAFT.equals(d.status()) || Document.RETURNED.equals(d.status()));
		boolean submit = editable && detail.reviews().isEmpty();
		boolean resubmit = editable && !detail.reviews().isEmpty();
		if (submit || resubmit) {
			List<Actor> leaders = staff.officialsWithRole(d.agencyCode(), Role.LEADER);
			model.addAttribute("reviewerRows", REVIEWERS);
			model.addAttribute("reviewers", people(d.agencyCode(), me));
			model.addAttribute("signers", leaders);
			long signs = detail.reviews().stream().filter(Review::signs).mapToLong(Review::accountId).findFirst().orElse(-1);
			model.addAttribute("routeSigner", leaders.stream().filter(l -> l.accountId() == signs).map(Actor::username)
					.findFirst().orElse(null));
		}
		Review turn = detail.reviews().stream().filter(r -> r.decision() == null).findFirst().orElse(null);
		boolean review = Document.IN_REVIEW.equals(d.status()) && turn != null && turn.accountId() == me;
		model.addAttribute("turn", turn);
		Set<Role> roles = staff.rolesOver(me, d.agencyCode());
		boolean issue = Document.APPROVED.equals(d.status()) && roles.contains(Role.CLERK);
		// Recall and replacement (Decree 30/2020) belong to the issuing agency's clerk and leaders.
		boolean clerkOrLeader = roles.contains(Role.CLERK) || roles.contains(Role.LEADER);
		boolean recall = Document.ISSUED.equals(d.status()) && clerkOrLeader;
		boolean replace = (Document.ISSUED.equals(d.status()) || Document.RECALLED.equals(d.status())) && clerkOrLeader;
		return new Abilities(false, false, false, false, submit, resubmit, review, editable, issue, recall, replace,
				directiveSource(actor, d));
	}

	/**
	 * Whether a leader may start a directive from the document (the directive form checks again that they see it):
	 * an incoming one, or an outgoing one once issued; never a recalled or replaced one.
	 */
	private boolean directiveSource(Actor actor, Document d) {
		boolean settled = d.direction() == Direction.IN || Document.ISSUED.equals(d.status());
		return settled && !d.withdrawn()
				&& staff.grants(actor.accountId()).stream().anyMatch(g -> g.role() == Role.LEADER);
	}

	/** Recipients with their edXML statuses, the sender of a document from outside, and what may be done about them. */
	private void exchange(Actor actor, Document d, Model model) {
		DocumentExchange.View view = exchange.view(actor, d.id());
		Set<Role> roles = staff.rolesOver(actor.accountId(), d.agencyCode());
		model.addAttribute("exchange", view);
		model.addAttribute("canResend", Document.ISSUED.equals(d.status()) && view.resendable() && roles.contains(Role.CLERK));
		model.addAttribute("canRefuse", view.origin() != null && Document.REGISTERED.equals(d.status())
				&& (roles.contains(Role.CLERK) || roles.contains(Role.LEADER)));
	}

	/** Whether a lead was already chosen by the agency's leaders (parent null) or inside the assigned unit. */
	private static boolean hasLead(List<Assignment> assignments, Long parent) {
		return assignments.stream().anyMatch(a -> Assignment.LEAD.equals(a.kind())
				&& (parent == null ? a.parentId() == null : parent.equals(a.parentId())));
	}

	/** Assigned to the official in person, or to a unit they work in. */
	private boolean mine(long me, Assignment a) {
		if (a.accountId() != null) {
			return a.accountId() == me;
		}
		return staff.holdsAnyRoleWithin(me, STAFF, a.agencyCode());
	}

	/** Active units below the assigning agency. */
	private List<AgencySummary> units(String agencyCode) {
		return agencies.findByCode(agencyCode).map(a -> agencies.subtree(a.id()).stream()
				.filter(u -> u.active() && !u.code().equals(agencyCode)).toList()).orElse(List.of());
	}

	/** The agency's officials working on documents, once each, without {@code except}. */
	private List<Actor> people(String agencyCode, long except) {
		Map<Long, Actor> found = new LinkedHashMap<>();
		for (Role role : STAFF) {
			for (Actor a : staff.officialsWithRole(agencyCode, role)) {
				if (a.accountId() != except) {
					found.putIfAbsent(a.accountId(), a);
				}
			}
		}
		List<Actor> sorted = new ArrayList<>(found.values());
		Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
		sorted.sort((x, y) -> vietnamese.compare(x.displayName(), y.displayName()));
		return sorted;
	}
}

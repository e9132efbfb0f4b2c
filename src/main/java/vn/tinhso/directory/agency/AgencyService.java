package vn.tinhso.directory.agency;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.access.ManagementScope;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/** Creating, editing and (de)activating agencies, each checked against the actor's scope and audited. */
@Service
public class AgencyService {

	private final Agencies agencies;
	private final ManagementScope scope;
	private final AuditLog audit;

	AgencyService(Agencies agencies, ManagementScope scope, AuditLog audit) {
		this.agencies = agencies;
		this.scope = scope;
		this.audit = audit;
	}

	@Transactional
	public AgencyRecord create(AgencyDraft draft) {
		Actor actor = Actors.require();
		List<FieldProblem> problems = new ArrayList<>(draft.problems());
		problems.addAll(AgencyTreeRules.placement(draft, agencies::exists, agencies.rootExists()));
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		AgencyRecord parent = draft.parentCode().isEmpty() ? null : agencies.findByCode(draft.parentCode()).orElseThrow();
		if (parent == null ? !scope.isSystemAdmin(actor) : !scope.canManage(actor, parent.id())) {
			throw DomainException.forbidden("agency.outside-scope");
		}
		if (agencies.exists(draft.code())) {
			throw DomainException.conflict("agency.code.duplicate", draft.code());
		}
		long id = agencies.insert(draft, parent);
		audit.record("agency.create", "agency", draft.code(), draft.name());
		return agencies.findById(id).orElseThrow();
	}

	@Transactional
	public AgencyRecord update(String code, int expectedVersion, AgencyDraft draft) {
		Actor actor = Actors.require();
		AgencyRecord current = find(code);
		scope.requireManage(actor, current.id());
		if (!current.code().equals(draft.code())) {
			throw DomainException.invalid("agency.code.immutable");
		}
		List<FieldProblem> problems = new ArrayList<>(draft.problems());
		boolean isRoot = current.parentId() == null;
		problems.addAll(AgencyTreeRules.placement(draft, agencies::exists, !isRoot && agencies.rootExists()));
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		AgencyRecord parent = draft.parentCode().isEmpty() ? null : agencies.findByCode(draft.parentCode()).orElseThrow();
		boolean moved = !java.util.Objects.equals(current.parentCode(), parent == null ? null : parent.code());
		if (moved && (parent == null || !scope.canManage(actor, parent.id()))) {
			throw DomainException.forbidden("agency.outside-scope");
		}
		if (!agencies.update(current.id(), expectedVersion, draft, parent == null ? null : parent.id())) {
			throw DomainException.conflict("agency.stale", code);
		}
		if (moved) {
			agencies.movePaths(current.path(), parent.path() + current.id() + "/");
		}
		audit.record("agency.update", "agency", code, changes(current.toDraft(), draft));
		return find(code);
	}

	@Transactional
	public AgencyRecord setActive(String code, boolean active) {
		Actor actor = Actors.require();
		AgencyRecord current = find(code);
		scope.requireManage(actor, current.id());
		if (!active && agencies.countActiveChildren(current.id()) > 0) {
			throw DomainException.conflict("agency.has-active-children", code);
		}
		if (active && current.parentId() != null && !agencies.findById(current.parentId()).orElseThrow().active()) {
			throw DomainException.conflict("agency.parent.inactive", current.parentCode());
		}
		agencies.setActive(current.id(), active);
		audit.record(active ? "agency.activate" : "agency.deactivate", "agency", code, current.name());
		return find(code);
	}

	/**
	 * Inserts an agency a caller has already validated as a whole (the CSV import, parents first);
	 * audited once by the caller.
	 */
	@Transactional
	public void insertValidated(AgencyDraft draft) {
		AgencyRecord parent = draft.parentCode().isEmpty() ? null : agencies.findByCode(draft.parentCode()).orElseThrow();
		agencies.insert(draft, parent);
	}

	/** Checks of a draft that need the tree, with parents and a root possibly coming from the same file. */
	public static List<FieldProblem> placement(AgencyDraft draft, java.util.function.Predicate<String> parentExists,
			boolean rootExists) {
		return AgencyTreeRules.placement(draft, parentExists, rootExists);
	}

	public AgencyRecord find(String code) {
		return agencies.findByCode(code).orElseThrow(() -> DomainException.notFound("agency.not-found", code));
	}

	private static String changes(AgencyDraft before, AgencyDraft after) {
		StringBuilder s = new StringBuilder();
		diff(s, "name", before.name(), after.name());
		diff(s, "shortName", before.shortName(), after.shortName());
		diff(s, "abbreviation", before.abbreviation(), after.abbreviation());
		diff(s, "kind", before.kind(), after.kind());
		diff(s, "parentCode", before.parentCode(), after.parentCode());
		diff(s, "address", before.address(), after.address());
		diff(s, "phone", before.phone(), after.phone());
		diff(s, "email", before.email(), after.email());
		return s.toString();
	}

	private static void diff(StringBuilder s, String field, String before, String after) {
		if (!before.equals(after)) {
			s.append(field).append(": ").append(before).append(" → ").append(after).append("; ");
		}
	}
}

package vn.tinhso.directory.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import vn.tinhso.directory.AgencyCode;
import vn.tinhso.directory.AgencyKind;
import vn.tinhso.platform.FieldProblem;

/**
 * Where an agency may sit in the tree: exactly one root (the province's People's Committee, a
 * level-1 code without parent); every other agency has a parent whose code is an ancestor of its own.
 * Shared by the forms, the API and the CSV import, which checks a whole file against the tree.
 */
final class AgencyTreeRules {

	private AgencyTreeRules() {
	}

	/**
	 * @param parentExists whether a parent code exists (in the database or, for imports, in the file)
	 * @param rootExists whether the tree already has its root
	 */
	static List<FieldProblem> placement(AgencyDraft d, Predicate<String> parentExists, boolean rootExists) {
		List<FieldProblem> problems = new ArrayList<>();
		if (!AgencyCode.isWellFormed(d.code())) {
			return problems; // already reported by the draft's own checks
		}
		AgencyCode code = new AgencyCode(d.code());
		if (d.parentCode().isEmpty()) {
			if (d.kindValue() != AgencyKind.PROVINCE || !code.isRoot()) {
				problems.add(new FieldProblem("parentCode", "agency.parent.required"));
			}
			else if (rootExists) {
				problems.add(new FieldProblem("parentCode", "agency.root.exists"));
			}
			return problems;
		}
		if (d.kindValue() == AgencyKind.PROVINCE) {
			problems.add(new FieldProblem("kind", "agency.kind.province-is-root"));
		}
		if (!AgencyCode.isWellFormed(d.parentCode())) {
			return problems;
		}
		if (!new AgencyCode(d.parentCode()).isAncestorOf(code)) {
			problems.add(new FieldProblem("parentCode", "agency.parent.inconsistent", d.parentCode(), d.code()));
		}
		else if (!parentExists.test(d.parentCode())) {
			problems.add(new FieldProblem("parentCode", "agency.parent.not-found", d.parentCode()));
		}
		return problems;
	}
}

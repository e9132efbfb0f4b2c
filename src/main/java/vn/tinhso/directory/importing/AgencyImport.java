package vn.tinhso.directory.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tinhso.directory.AgencyCode;
import vn.tinhso.directory.access.ManagementScope;
import vn.tinhso.directory.agency.Agencies;
import vn.tinhso.directory.agency.AgencyDraft;
import vn.tinhso.directory.agency.AgencyService;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.FieldProblem;

/** Agencies from CSV: every row checked against the tree and the rest of the file before any is written. */
@Component
class AgencyImport {

	static final Map<String, List<String>> COLUMNS = Map.of(
			"code", List.of("ma_dinh_danh", "code"),
			"name", List.of("ten", "name"),
			"shortName", List.of("ten_ngan", "short_name"),
			"abbreviation", List.of("viet_tat", "abbreviation"),
			"kind", List.of("loai", "kind"),
			"parentCode", List.of("ma_cap_tren", "parent_code"),
			"address", List.of("dia_chi", "address"),
			"phone", List.of("dien_thoai", "phone"),
			"email", List.of("email"));
	static final List<String> REQUIRED = List.of("code", "name", "shortName", "abbreviation", "kind", "parentCode");

	private final Agencies agencies;
	private final AgencyService service;
	private final ManagementScope scope;

	AgencyImport(Agencies agencies, AgencyService service, ManagementScope scope) {
		this.agencies = agencies;
		this.service = service;
		this.scope = scope;
	}

	List<RowProblem> validate(List<CsvRows.Row> rows, Actor actor, Progress progress) {
		Map<String, AgencyDraft> inFile = new HashMap<>();
		Map<String, Long> firstLine = new HashMap<>();
		List<RowProblem> problems = new ArrayList<>();
		for (CsvRows.Row row : rows) {
			AgencyDraft d = draft(row);
			if (firstLine.putIfAbsent(d.code(), row.line()) == null) {
				inFile.put(d.code(), d);
			}
		}
		boolean rootInDb = agencies.rootExists();
		int done = 0;
		for (CsvRows.Row row : rows) {
			AgencyDraft d = draft(row);
			List<FieldProblem> found = new ArrayList<>(d.problems());
			Long first = firstLine.get(d.code());
			if (first != row.line()) {
				found.add(new FieldProblem("code", "import.duplicate-in-file", d.code(), first));
			}
			else if (agencies.exists(d.code())) {
				found.add(new FieldProblem("code", "agency.code.duplicate", d.code()));
			}
			boolean otherRootInFile = inFile.values().stream()
					.anyMatch(o -> o != d && o.parentCode().isEmpty() && !o.code().equals(d.code()));
			found.addAll(AgencyService.placement(d, c -> agencies.exists(c) || inFile.containsKey(c),
					rootInDb || otherRootInFile));
			if (found.isEmpty() && !inScope(d, inFile, actor)) {
				found.add(new FieldProblem("parentCode", "agency.outside-scope"));
			}
			found.forEach(p -> problems.add(ImportService.rowProblem(row.line(), p)));
			progress.rowsDone(++done);
		}
		return problems;
	}

	/** Follows parents through the file until one already in the database, which the actor must manage. */
	private boolean inScope(AgencyDraft d, Map<String, AgencyDraft> inFile, Actor actor) {
		String parent = d.parentCode();
		for (int hops = 0; hops < 10 && !parent.isEmpty(); hops++) {
			var existing = agencies.findByCode(parent);
			if (existing.isPresent()) {
				return scope.canManage(actor, existing.get().id());
			}
			AgencyDraft up = inFile.get(parent);
			parent = up == null ? "" : up.parentCode();
		}
		return scope.isSystemAdmin(actor);
	}

	/** Inserts parents before children: a parent's code is always shallower. */
	void apply(List<CsvRows.Row> rows, Progress progress) {
		List<AgencyDraft> drafts = new ArrayList<>(rows.stream().map(AgencyImport::draft).toList());
		drafts.sort(Comparator.comparingInt((AgencyDraft d) -> new AgencyCode(d.code()).depth())
				.thenComparing(AgencyDraft::code));
		int done = 0;
		for (AgencyDraft d : drafts) {
			service.insertValidated(d);
			progress.rowsDone(++done);
		}
	}

	static AgencyDraft draft(CsvRows.Row r) {
		return new AgencyDraft(r.get("code"), r.get("name"), r.get("shortName"), r.get("abbreviation"), r.get("kind"),
				r.get("parentCode"), r.get("address"), r.get("phone"), r.get("email"));
	}

}

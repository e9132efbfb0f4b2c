package vn.tinhso.directory.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tinhso.directory.account.Accounts;
import vn.tinhso.directory.official.OfficialDraft;
import vn.tinhso.directory.official.OfficialService;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/**
 * Officials from CSV. Imported officials have no password: an administrator hands each one a
 * temporary password (reset), which they must change at first sign-in.
 */
@Component
class OfficialImport {

	static final Map<String, List<String>> COLUMNS = Map.of(
			"username", List.of("ten_dang_nhap", "username"),
			"fullName", List.of("ho_ten", "full_name"),
			"email", List.of("email"),
			"phone", List.of("dien_thoai", "phone"),
			"position", List.of("chuc_vu", "position"),
			"agencyCode", List.of("ma_co_quan", "agency_code"),
			"roles", List.of("vai_tro", "roles"));
	static final List<String> REQUIRED = List.of("username", "fullName", "email", "agencyCode", "roles");

	private final OfficialService officials;
	private final Accounts accounts;

	OfficialImport(OfficialService officials, Accounts accounts) {
		this.officials = officials;
		this.accounts = accounts;
	}

	List<RowProblem> validate(List<CsvRows.Row> rows, Actor actor, Progress progress) {
		Map<String, Long> firstLine = new HashMap<>();
		List<RowProblem> problems = new ArrayList<>();
		int done = 0;
		for (CsvRows.Row row : rows) {
			OfficialDraft d = draft(row);
			List<FieldProblem> found = new ArrayList<>();
			Long first = firstLine.putIfAbsent(d.username(), row.line());
			if (first != null) {
				found.add(new FieldProblem("username", "import.duplicate-in-file", d.username(), first));
			}
			else if (accounts.usernameTaken(d.username())) {
				found.add(new FieldProblem("username", "official.username.taken", d.username()));
			}
			try {
				officials.check(actor, d);
			}
			catch (DomainException e) {
				found.addAll(e.fieldProblems().isEmpty()
						? List.of(new FieldProblem("agencyCode", e.code(), e.args()))
						: e.fieldProblems());
			}
			found.forEach(p -> problems.add(ImportService.rowProblem(row.line(), p)));
			progress.rowsDone(++done);
		}
		return problems;
	}

	void apply(List<CsvRows.Row> rows, Actor actor, Progress progress, String passwordHash) {
		int done = 0;
		for (CsvRows.Row row : rows) {
			officials.createWithoutPassword(actor, draft(row), passwordHash);
			progress.rowsDone(++done);
		}
	}

	static OfficialDraft draft(CsvRows.Row r) {
		return new OfficialDraft(r.get("username"), r.get("fullName"), r.get("email"), r.get("phone"),
				r.get("position"), r.get("agencyCode"), OfficialDraft.parseRoles(r.get("roles")));
	}
}

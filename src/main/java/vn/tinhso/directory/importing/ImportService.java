package vn.tinhso.directory.importing;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.access.ManagementScope;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.platform.RequestOrigin;

/**
 * Runs CSV imports in the background: every row is validated first; if any is bad the job is
 * rejected with all problems and nothing is written; otherwise all rows are written in one
 * transaction. Progress is committed separately so the page can show it while the import runs.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);
	public static final List<String> KINDS = List.of("agencies", "officials");

	private final ImportJobs jobs;
	private final AgencyImport agencyImport;
	private final OfficialImport officialImport;
	private final ManagementScope scope;
	private final AuditLog audit;
	private final Executor executor;
	private final TransactionTemplate importTx;
	private final TransactionTemplate progressTx;

	ImportService(ImportJobs jobs, AgencyImport agencyImport, OfficialImport officialImport, ManagementScope scope,
			AuditLog audit, @Qualifier("applicationTaskExecutor") Executor executor, PlatformTransactionManager txm) {
		this.jobs = jobs;
		this.agencyImport = agencyImport;
		this.officialImport = officialImport;
		this.scope = scope;
		this.audit = audit;
		this.executor = executor;
		this.importTx = new TransactionTemplate(txm);
		this.progressTx = new TransactionTemplate(txm);
		this.progressTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Accepts a file and starts its import; returns the job id to follow. */
	public long submit(String kind, String fileName, byte[] content) {
		Actor actor = Actors.require();
		if (!KINDS.contains(kind)) {
			throw DomainException.notFound("import.kind-unknown", kind);
		}
		if (content == null || content.length == 0) {
			throw DomainException.invalid("import.empty");
		}
		String ip = RequestOrigin.clientAddress().orElse(null);
		String safeName = fileName == null ? "" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
		long id = jobs.create(kind, safeName.length() > 300 ? safeName.substring(0, 300) : safeName, actor.username());
		executor.execute(new DelegatingSecurityContextRunnable(() -> execute(id, kind, content, actor, ip, null)));
		return id;
	}

	/** Runs an import in the calling thread (demo data at first start, as the system). */
	public ImportJob runNow(String kind, String fileName, byte[] content, Actor actor, String passwordHash) {
		long id = jobs.create(kind, fileName, actor.username());
		execute(id, kind, content, actor, null, passwordHash);
		return find(id);
	}

	public ImportJob find(long id) {
		return jobs.find(id).orElseThrow(() -> DomainException.notFound("import.not-found", id));
	}

	/** The job, if the actor started it or is a system administrator. */
	public ImportJob findFor(Actor actor, long id) {
		ImportJob job = find(id);
		if (!job.createdBy().equals(actor.username()) && !scope.isSystemAdmin(actor)) {
			throw DomainException.notFound("import.not-found", id);
		}
		return job;
	}

	private void execute(long id, String kind, byte[] content, Actor actor, String ip, String passwordHash) {
		try {
			boolean agencies = kind.equals("agencies");
			List<CsvRows.Row> rows = CsvRows.parse(content,
					agencies ? AgencyImport.COLUMNS : OfficialImport.COLUMNS,
					agencies ? AgencyImport.REQUIRED : OfficialImport.REQUIRED);
			int total = rows.size();
			progress(id, "VALIDATING", total, 0);
			Progress validating = every(id, "VALIDATING", total);
			List<RowProblem> problems = importTx.execute(s -> agencies
					? agencyImport.validate(rows, actor, validating)
					: officialImport.validate(rows, actor, validating));
			if (!problems.isEmpty()) {
				jobs.finish(id, "REJECTED", problems);
				return;
			}
			progress(id, "IMPORTING", total, 0);
			Progress importing = every(id, "IMPORTING", total);
			importTx.executeWithoutResult(s -> {
				if (agencies) {
					agencyImport.apply(rows, importing);
				}
				else {
					officialImport.apply(rows, actor, importing, passwordHash);
				}
				audit.recordFor(actor, "system", ip, "import." + kind, "import", String.valueOf(id),
						total + " rows");
			});
			progress(id, "IMPORTING", total, total);
			jobs.finish(id, "DONE", List.of());
		}
		catch (DomainException e) {
			jobs.finish(id, "REJECTED", List.of(rowProblem(1, new FieldProblem("file", e.code(), e.args()))));
		}
		catch (RuntimeException e) {
			log.error("Import {} failed", id, e);
			jobs.finish(id, "FAILED", List.of(rowProblem(0, new FieldProblem("file", "import.failed"))));
		}
	}

	private Progress every(long id, String status, int total) {
		int step = Math.max(1, total / 50);
		return done -> {
			if (done % step == 0) {
				progress(id, status, total, done);
			}
		};
	}

	private void progress(long id, String status, int total, int done) {
		progressTx.executeWithoutResult(s -> jobs.progress(id, status, total, done));
	}

	static RowProblem rowProblem(long line, FieldProblem p) {
		return new RowProblem(line, p.field(), p.code(),
				Arrays.stream(p.args() == null ? new Object[0] : p.args()).map(String::valueOf).toList());
	}
}

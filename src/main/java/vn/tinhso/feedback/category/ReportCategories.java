package vn.tinhso.feedback.category;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The category table. A report's lifecycle looked a category up about ten times and every public map
 * request read them all, so reads come from a copy held in memory (a province has a few dozen). The copy
 * is dropped when a change here completes and re-read at least every minute, so that changes made on
 * another node are seen too; while a change is uncommitted, reads go to the database and are not kept.
 */
@Repository
public class ReportCategories {

	private static final long REFRESH_NANOS = 60_000_000_000L;

	private final JdbcClient jdbc;
	/** Changes begun here and not yet committed or rolled back. */
	private final AtomicInteger changing = new AtomicInteger();
	/** Counts changes, begun and completed; a copy is trusted only while the count is the one it was read at. */
	private final AtomicLong changes = new AtomicLong();
	private volatile Snapshot snapshot;

	ReportCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A copy, stamped with the count of changes read before it was loaded. */
	private record Snapshot(List<Category> ordered, Map<String, Category> byCode, long loadedAt, long changeCount) {
	}

	public Optional<Category> find(String code) {
		return Optional.ofNullable(current().byCode().get(code));
	}

	/** Every category (or only the active ones), by group and name. */
	public List<Category> all(boolean activeOnly) {
		List<Category> all = current().ordered();
		return activeOnly ? all.stream().filter(Category::active).toList() : all;
	}

	boolean insert(Category c) {
		changing();
		boolean inserted = jdbc.sql("""
				insert into feedback_category (code, name_vi, name_en, description, keywords, group_name, responsible_kind,
				  default_agency_code, active) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing""")
				.params(c.code(), c.nameVi(), c.nameEn(), c.description(), c.keywords(), c.group(), c.responsibleKind(),
						c.defaultAgencyCode(), c.active())
				.update() == 1;
		changed();
		return inserted;
	}

	boolean update(Category c) {
		changing();
		boolean updated = jdbc.sql("""
				update feedback_category set name_vi = ?, name_en = ?, description = ?, keywords = ?, group_name = ?,
				  responsible_kind = ?, default_agency_code = ?, active = ?, updated_at = now() where code = ?""")
				.params(c.nameVi(), c.nameEn(), c.description(), c.keywords(), c.group(), c.responsibleKind(),
						c.defaultAgencyCode(), c.active(), c.code())
				.update() == 1;
		changed();
		return updated;
	}

	/**
	 * The copy while no change has begun or completed since it was read, else a fresh one. A change that
	 * completes while a copy is read, even just before it is kept, moves the count past the copy's stamp,
	 * so a stale copy is never trusted.
	 */
	private Snapshot current() {
		Snapshot s = snapshot;
		if (s != null && s.changeCount() == changes.get() && System.nanoTime() - s.loadedAt() < REFRESH_NANOS) {
			return s;
		}
		long before = changes.get();
		List<Category> ordered = List.copyOf(read());
		Map<String, Category> byCode = new LinkedHashMap<>();
		ordered.forEach(c -> byCode.put(c.code(), c));
		Snapshot fresh = new Snapshot(ordered, byCode, System.nanoTime(), before);
		if (changing.get() == 0) {
			snapshot = fresh;
		}
		return fresh;
	}

	/** The rows by group and name; package-private so that a test can complete a change while they are read. */
	List<Category> read() {
		return jdbc.sql("select * from feedback_category order by group_name, name_vi").query(ReportCategories::row).list();
	}

	/** Drops the copy now and again when the surrounding transaction completes, whatever its outcome. */
	private void changing() {
		changes.incrementAndGet();
		snapshot = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			changing.incrementAndGet();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					changes.incrementAndGet();
					snapshot = null;
					changing.decrementAndGet();
				}
			});
		}
	}

	/** Outside a transaction a change is committed once written: count it again, as on completion. */
	private void changed() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			changes.incrementAndGet();
			snapshot = null;
		}
	}

	private static Category row(ResultSet rs, int i) throws SQLException {
		return new Category(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
				rs.getString("description"), rs.getString("keywords"), rs.getString("group_name"),
				rs.getString("responsible_kind"), rs.getString("default_agency_code"), rs.getBoolean("active"));
	}
}

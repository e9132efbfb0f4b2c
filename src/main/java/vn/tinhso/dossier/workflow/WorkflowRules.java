package vn.tinhso.dossier.workflow;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.dossier.DossierStatus;

/**
 * The workflow table, re-read at most once a minute: rules change by decree, rarely, and every
 * dossier action needs them.
 */
@Component
public class WorkflowRules {

	private static final long REFRESH_NANOS = 60_000_000_000L;

	private final JdbcClient jdbc;
	private volatile List<WorkflowRule> rules;
	private volatile long loadedAt;

	WorkflowRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rule for an action in effect on a day. */
	public Optional<WorkflowRule> find(String action, LocalDate day) {
		return all().stream().filter(r -> r.action().equals(action) && r.inEffectOn(day)).findFirst();
	}

	/** Every rule in effect on a day whose starting statuses include {@code status}. */
	public List<WorkflowRule> from(DossierStatus status, LocalDate day) {
		return all().stream().filter(r -> r.inEffectOn(day) && r.from().contains(status)).toList();
	}

	private List<WorkflowRule> all() {
		List<WorkflowRule> current = rules;
		if (current == null || System.nanoTime() - loadedAt > REFRESH_NANOS) {
			current = jdbc.sql("select * from workflow_action order by action, effective_from").query(WorkflowRules::row).list();
			rules = current;
			loadedAt = System.nanoTime();
		}
		return current;
	}

	private static WorkflowRule row(ResultSet rs, int i) throws SQLException {
		Set<DossierStatus> from = EnumSet.noneOf(DossierStatus.class);
		for (Object code : (Object[]) rs.getArray("from_statuses").getArray()) {
			from.add(DossierStatus.of(((Number) code).intValue()));
		}
		int to = rs.getInt("to_status");
		return new WorkflowRule(rs.getString("action"), from, to == 0 ? null : DossierStatus.of(to),
				strings(rs.getArray("actors")), rs.getString("step_role"), rs.getBoolean("advance_step"),
				ClockEffect.valueOf(rs.getString("clock")), rs.getBoolean("note_required"),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}
}

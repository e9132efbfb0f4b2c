package vn.tinhso.audit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Walks the whole audit chain in id order and recomputes every hash. */
@Service
public class AuditChain {

	private final JdbcClient jdbc;

	AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ChainVerification verify() {
		AtomicReference<String> expectedPrev = new AtomicReference<>(AuditHashes.GENESIS);
		AtomicLong checked = new AtomicLong();
		AtomicReference<ChainVerification> broken = new AtomicReference<>();
		jdbc.sql("select * from audit_event order by id").query(rs -> {
			if (broken.get() != null) {
				return;
			}
			AuditEntry e = AuditLog.entry(rs, 0);
			checked.incrementAndGet();
			String recomputed = AuditHashes.hash(e.prevHash(), e.occurredAt(), e.actorId(), e.actorName(),
					e.clientIp(), e.action(), e.targetType(), e.targetId(), e.details());
			if (!e.prevHash().equals(expectedPrev.get())) {
				broken.set(new ChainVerification(false, checked.get(), e.id(), "link-broken"));
			}
			else if (!recomputed.equals(e.hash())) {
				broken.set(new ChainVerification(false, checked.get(), e.id(), "hash-mismatch"));
			}
			expectedPrev.set(e.hash());
		});
		return broken.get() != null ? broken.get() : new ChainVerification(true, checked.get(), null, null);
	}
}

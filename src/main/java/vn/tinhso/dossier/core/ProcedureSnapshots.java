package vn.tinhso.dossier.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.procedure.Procedure;

/**
 * The procedure versions dossiers refer to, stored once each. Versions never change, so they are
 * cached in memory for good: a province has a few thousand at most.
 */
@Component
class ProcedureSnapshots {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Map<String, Long> idsByHash = new ConcurrentHashMap<>();
	private final Map<Long, Procedure> byId = new ConcurrentHashMap<>();
	/** Ids by the version itself: comparing records is cheaper than writing JSON and hashing it on every submission. */
	private final Map<Procedure, Long> idsByVersion = new ConcurrentHashMap<>();

	ProcedureSnapshots(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The id of this exact version, stored if it is new. */
	long idOf(Procedure procedure) {
		Long known = idsByVersion.get(procedure);
		if (known != null) {
			return known;
		}
		String body = json.writeValueAsString(procedure);
		String hash = sha256(body);
		Long cached = idsByHash.get(hash);
		if (cached != null) {
			idsByVersion.put(procedure, cached);
			return cached;
		}
		jdbc.sql("insert into dossier_procedure_snapshot (hash, body) values (?, cast(? as jsonb)) on conflict (hash) do nothing")
				.params(hash, body).update();
		long id = jdbc.sql("select id from dossier_procedure_snapshot where hash = ?").param(hash).query(Long.class).single();
		rememberAfterCommit(hash, procedure, id);
		return id;
	}

	/** A row inserted by a transaction that rolls back must not be remembered. */
	private void rememberAfterCommit(String hash, Procedure procedure, long id) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			remember(hash, procedure, id);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				remember(hash, procedure, id);
			}
		});
	}

	private void remember(String hash, Procedure procedure, long id) {
		idsByHash.put(hash, id);
		idsByVersion.put(procedure, id);
	}

	Procedure byId(long id) {
		return byId.computeIfAbsent(id, key -> json.readValue(
				jdbc.sql("select body from dossier_procedure_snapshot where id = ?").param(key).query(String.class).single(),
				Procedure.class));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

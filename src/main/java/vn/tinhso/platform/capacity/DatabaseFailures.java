package vn.tinhso.platform.capacity;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognizes "the database cannot be reached right now" anywhere in a cause chain: the pool gave no
 * connection in time (Hikari's SQLTransientConnectionException, Spring's CannotGetJdbcConnection /
 * CannotCreateTransaction), the server refused or dropped the connection (SQLState class 08), or it
 * is shutting down, restarting or full (57P01-57P03, 53300). Such failures say nothing about the
 * request, so they are answered 503 with Retry-After instead of 500. A refused TCP connection
 * ({@link ConnectException}) counts only beneath a JDBC or data-access failure: from a mail server, a
 * timestamp authority or a partner it says nothing about the database.
 */
final class DatabaseFailures {

	private static final int MAX_DEPTH = 16; // cause chains can loop

	private DatabaseFailures() {
	}

	static boolean causedBy(Throwable failure) {
		Throwable t = failure;
		boolean underDatabaseAccess = false;
		for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
			if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| (t instanceof ConnectException && underDatabaseAccess)) {
				return true;
			}
			underDatabaseAccess |= t instanceof SQLException || t instanceof DataAccessResourceFailureException;
			if (t instanceof SQLException sql && unavailable(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	static boolean unavailable(String sqlState) {
		return sqlState != null
				&& (sqlState.startsWith("08") || sqlState.startsWith("57P0") || sqlState.equals("53300"));
	}

	/** The innermost message, for a log line without a stack trace. */
	static String summary(Throwable failure) {
		Throwable t = failure;
		for (int depth = 0; t.getCause() != null && t.getCause() != t && depth < MAX_DEPTH; depth++) {
			t = t.getCause();
		}
		return t.getClass().getSimpleName() + ": " + t.getMessage();
	}
}

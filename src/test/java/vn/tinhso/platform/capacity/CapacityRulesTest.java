package vn.tinhso.platform.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;

/** The rules behind load shedding, without a server: lanes, admission, and which failures mean "database away". */
class CapacityRulesTest {

	private static CapacityProperties properties(int concurrency, int queue, Duration maxWait, int perClient) {
		LaneLimit limit = new LaneLimit(concurrency, queue);
		return new CapacityProperties(true, maxWait, Duration.ofSeconds(2), Duration.ofSeconds(5), perClient, 1024,
				Map.of(Lane.PUBLIC, limit, Lane.STAFF, limit, Lane.HEAVY, limit),
				List.of("/css/**", "/favicon.ico", "/actuator/**"), List.of("/staff/**", "/admin/**"),
				List.of("*.pdf", "**/issue", "/api/v1/signing/**"));
	}

	// ------------------------------------------------------------------ admission

	@Test
	void aWaitingRequestGetsThePlaceFreedWithinTheWait() throws Exception {
		AdmissionControl door = new AdmissionControl(properties(1, 1, Duration.ofSeconds(10), 5));
		assertThat(door.admit(Lane.PUBLIC, "a")).isEqualTo(Admission.ADMITTED);
		CompletableFuture<Admission> waiting = CompletableFuture.supplyAsync(() -> door.admit(Lane.PUBLIC, "b"));
		while (door.lane(Lane.PUBLIC).waiting() == 0) {
			Thread.onSpinWait();
		}
		assertThat(door.admit(Lane.PUBLIC, "c")).as("queue of one is full").isEqualTo(Admission.QUEUE_FULL);
		door.release(Lane.PUBLIC, "a");
		assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(Admission.ADMITTED);
		door.release(Lane.PUBLIC, "b");
		assertThat(door.clientsInFlight()).isZero();
		assertThat(door.lane(Lane.PUBLIC).inFlight()).isZero();
	}

	@Test
	void aWaitThatRunsOutIsRefused() {
		AdmissionControl door = new AdmissionControl(properties(1, 4, Duration.ofMillis(50), 5));
		door.admit(Lane.PUBLIC, "a");
		long start = System.nanoTime();
		assertThat(door.admit(Lane.PUBLIC, "b")).isEqualTo(Admission.WAIT_TIMEOUT);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		assertThat(door.lane(Lane.PUBLIC).waiting()).isZero();
	}

	@Test
	void aClientOverItsShareGets429OnlyWhenTheLaneIsFull() {
		AdmissionControl door = new AdmissionControl(properties(3, 0, Duration.ZERO, 2));
		assertThat(door.admit(Lane.PUBLIC, "greedy")).isEqualTo(Admission.ADMITTED);
		assertThat(door.admit(Lane.PUBLIC, "greedy")).isEqualTo(Admission.ADMITTED);
		assertThat(door.admit(Lane.PUBLIC, "greedy")).as("room left: no share applies").isEqualTo(Admission.ADMITTED);
		assertThat(door.admit(Lane.PUBLIC, "greedy")).isEqualTo(Admission.CLIENT_EXCESS);
		assertThat(door.admit(Lane.PUBLIC, "modest")).isEqualTo(Admission.QUEUE_FULL);
		assertThat(door.admit(Lane.STAFF, "greedy")).as("lanes are separate").isEqualTo(Admission.ADMITTED);
		assertThat(Admission.CLIENT_EXCESS.status().value()).isEqualTo(429);
		assertThat(Admission.QUEUE_FULL.status().value()).isEqualTo(503);
	}

	// ------------------------------------------------------------------ lanes

	private final SignedInClients signedIn = new SignedInClients(100, Duration.ofMinutes(30));
	private final ClientKeys clients = new ClientKeys("TINHSO_SESSION", signedIn);
	private final LaneRouter router = new LaneRouter(properties(1, 0, Duration.ZERO, 1), clients);

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setServletPath(path);
		return request;
	}

	@Test
	void staticFilesAndActuatorAreNeverCounted() {
		assertThat(router.laneOf(request("GET", "/css/app.css"))).isNull();
		assertThat(router.laneOf(request("GET", "/favicon.ico"))).isNull();
		assertThat(router.laneOf(request("GET", "/actuator/health/readiness"))).isNull();
		assertThat(router.laneOf(request("GET", "/cssx/app.css"))).as("a prefix ends at a slash").isEqualTo(Lane.PUBLIC);
	}

	@Test
	void uploadsOfUnknownLengthLargeBodiesDocumentsAndSigningAreHeavy() {
		MockHttpServletRequest upload = request("POST", "/api/v1/dossiers");
		upload.setContentType("multipart/form-data; boundary=x");
		assertThat(router.laneOf(upload)).as("an upload of unknown length").isEqualTo(Lane.HEAVY);
		MockHttpServletRequest smallUpload = request("POST", "/api/v1/dossiers");
		smallUpload.setContentType("multipart/form-data; boundary=x");
		smallUpload.setContent(new byte[512]);
		assertThat(router.laneOf(smallUpload)).as("a form with a small scan").isEqualTo(Lane.PUBLIC);
		MockHttpServletRequest big = request("PUT", "/api/v1/feedback/boundaries");
		big.setContent(new byte[2048]);
		assertThat(router.laneOf(big)).isEqualTo(Lane.HEAVY);
		assertThat(router.laneOf(request("GET", "/dossiers/X-1/receipt.pdf"))).isEqualTo(Lane.HEAVY);
		assertThat(router.laneOf(request("POST", "/staff/documents/7/issue"))).isEqualTo(Lane.HEAVY);
		assertThat(router.laneOf(request("GET", "/api/v1/signing/keys"))).isEqualTo(Lane.HEAVY);
	}

	@Test
	void staffPagesAndWritesOfTheSignedInAreStaffWorkAnonymousOnesArePublic() {
		signedIn.remember(ClientKeys.SESSION, "abc");
		signedIn.remember(ClientKeys.CREDENTIALS, "Basic eDp5");
		assertThat(router.laneOf(request("GET", "/staff/dossiers"))).isEqualTo(Lane.STAFF);
		assertThat(router.laneOf(request("GET", "/admin"))).isEqualTo(Lane.STAFF);
		assertThat(router.laneOf(request("GET", "/staffing"))).isEqualTo(Lane.PUBLIC);
		MockHttpServletRequest signedInWrite = request("POST", "/my/dossiers/X-1/actions/withdraw");
		signedInWrite.setCookies(new Cookie("TINHSO_SESSION", "abc"));
		assertThat(router.laneOf(signedInWrite)).isEqualTo(Lane.STAFF);
		MockHttpServletRequest basic = request("POST", "/api/v1/agencies");
		basic.addHeader("Authorization", "Basic eDp5");
		assertThat(router.laneOf(basic)).isEqualTo(Lane.STAFF);
		assertThat(router.laneOf(request("POST", "/api/v1/feedback/guest/reports"))).isEqualTo(Lane.PUBLIC);
		MockHttpServletRequest read = request("GET", "/api/v1/agencies");
		read.setCookies(new Cookie("TINHSO_SESSION", "abc"));
		assertThat(router.laneOf(read)).as("reads stay public").isEqualTo(Lane.PUBLIC);
	}

	@Test
	void madeUpCookiesAndCredentialsGetNeitherTheStaffLaneNorAShareOfTheirOwn() {
		signedIn.remember(ClientKeys.SESSION, "real");
		// An anonymous citizen form carries a session cookie too (its CSRF token lives in the session).
		MockHttpServletRequest form = request("POST", "/feedback/new");
		form.setRemoteAddr("203.0.113.7");
		form.setCookies(new Cookie("TINHSO_SESSION", "made-up-" + System.nanoTime()));
		assertThat(router.laneOf(form)).isEqualTo(Lane.PUBLIC);
		assertThat(clients.keyOf(form)).as("a new cookie per request escapes nothing").isEqualTo("address:203.0.113.7");
		MockHttpServletRequest forged = request("POST", "/api/v1/agencies");
		forged.setRemoteAddr("203.0.113.7");
		forged.addHeader("Authorization", "Basic Zm9yZ2VkOnh4");
		assertThat(router.laneOf(forged)).isEqualTo(Lane.PUBLIC);
		assertThat(clients.keyOf(forged)).isEqualTo("address:203.0.113.7");
	}

	@Test
	void signedInClientsAreForgottenAfterTheirTimeAndKeptWithinBounds() {
		long[] now = { 0 };
		SignedInClients kept = new SignedInClients(2, Duration.ofMinutes(30), () -> now[0]);
		kept.remember(ClientKeys.SESSION, "a");
		kept.remember(ClientKeys.SESSION, "b");
		kept.remember(ClientKeys.SESSION, "c");
		assertThat(kept.knows(ClientKeys.SESSION, "a")).isTrue();
		assertThat(kept.knows(ClientKeys.SESSION, "c")).as("full: not remembered").isFalse();
		assertThat(kept.knows(ClientKeys.CREDENTIALS, "a")).as("kinds apart").isFalse();
		assertThat(kept.knows(ClientKeys.SESSION, null)).isFalse();
		now[0] += Duration.ofMinutes(31).toNanos();
		assertThat(kept.knows(ClientKeys.SESSION, "a")).isFalse();
		kept.remember(ClientKeys.SESSION, "c");
		assertThat(kept.knows(ClientKeys.SESSION, "c")).as("the expired made room").isTrue();
		assertThat(kept.size()).isEqualTo(1);
	}

	@Test
	void aClientIsItsSignedInSessionElseItsAddress() {
		signedIn.remember(ClientKeys.SESSION, "s1");
		MockHttpServletRequest anonymous = request("GET", "/");
		anonymous.setRemoteAddr("203.0.113.9");
		assertThat(clients.keyOf(anonymous)).isEqualTo("address:203.0.113.9");
		MockHttpServletRequest signedInRequest = request("GET", "/");
		signedInRequest.setRemoteAddr("203.0.113.9");
		signedInRequest.setCookies(new Cookie("OTHER", "x"), new Cookie("TINHSO_SESSION", "s1"));
		assertThat(clients.keyOf(signedInRequest)).isEqualTo("session:s1");
	}

	@Test
	void browsersGetAPageApiClientsProblemDetails() {
		MockHttpServletRequest browser = request("GET", "/");
		browser.addHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(Refusals.wantsHtml(browser)).isTrue();
		MockHttpServletRequest client = request("GET", "/");
		client.addHeader("Accept", "*/*");
		assertThat(Refusals.wantsHtml(client)).isFalse();
		MockHttpServletRequest refusesHtml = request("GET", "/");
		refusesHtml.addHeader("Accept", "application/json, text/html;q=0");
		assertThat(Refusals.wantsHtml(refusesHtml)).isFalse();
		MockHttpServletRequest garbage = request("GET", "/");
		garbage.addHeader("Accept", "text/html;;;=\"");
		assertThat(Refusals.wantsHtml(garbage)).isFalse();
	}

	// ------------------------------------------------------------------ database failures

	@Test
	void poolTimeoutsRefusedConnectionsAndShutdownsMeanTheDatabaseIsAway() {
		SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("refused"));
		assertThat(DatabaseFailures.causedBy(new CannotGetJdbcConnectionException("no connection",
				new SQLTransientConnectionException("tinhso - Connection is not available, request timed out after 3000ms", "08001", refused))))
				.isTrue();
		assertThat(DatabaseFailures.causedBy(new CannotCreateTransactionException("Could not open JDBC Connection"))).isTrue();
		assertThat(DatabaseFailures.causedBy(new DataAccessResourceFailureException("x",
				new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
		assertThat(DatabaseFailures.causedBy(new RuntimeException(new SQLException("the database system is starting up", "57P03"))))
				.isTrue();
		assertThat(DatabaseFailures.causedBy(new SQLException("sorry, too many clients already", "53300"))).isTrue();
		assertThat(DatabaseFailures.causedBy(new SQLException("An I/O error occurred while sending to the backend", "08006")))
				.isTrue();
	}

	@Test
	void aRefusedConnectionMeansTheDatabaseOnlyBeneathDatabaseAccess() {
		assertThat(DatabaseFailures.causedBy(new ConnectException("Connection refused"))).as("alone").isFalse();
		assertThat(DatabaseFailures.causedBy(new IllegalStateException("mail server away",
				new java.io.IOException("smtp", new ConnectException("Connection refused"))))).as("SMTP, TSA, Zalo, edXML peers").isFalse();
		assertThat(DatabaseFailures.causedBy(new java.io.UncheckedIOException(new ConnectException("tsa"))))
				.isFalse();
		assertThat(DatabaseFailures.causedBy(new SQLException("I/O", null, new ConnectException("refused")))).isTrue();
		assertThat(DatabaseFailures.causedBy(new DataAccessResourceFailureException("x", new ConnectException("refused"))))
				.isTrue();
		assertThat(DatabaseFailures.causedBy(new RuntimeException(new CannotGetJdbcConnectionException("pool")))).isTrue();
	}

	@Test
	void ordinaryErrorsAreNotMistakenForAnOutage() {
		assertThat(DatabaseFailures.causedBy(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
		assertThat(DatabaseFailures.causedBy(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseFailures.causedBy(new IllegalStateException("boom"))).isFalse();
		assertThat(DatabaseFailures.causedBy(null)).isFalse();
		RuntimeException loop = new RuntimeException("a");
		RuntimeException other = new RuntimeException("b", loop);
		loop.initCause(other);
		assertThat(DatabaseFailures.causedBy(loop)).as("a cause loop ends").isFalse();
		assertThat(DatabaseFailures.summary(new RuntimeException(new SQLException("deep", "08006"))))
				.isEqualTo("SQLException: deep");
	}
}

package vn.tinhso.platform.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.platform.RouteAuthorizations;

/**
 * Load shedding in a running server with tiny limits (one place per lane, no queue, one request per
 * client once a lane is full) and a three-connection pool: requests over capacity and requests that
 * cannot reach the database are answered at once with 503/429, Retry-After and a stable code, in
 * the caller's language and format, while health, static files and the other lanes keep working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tinhso.capacity.lanes.public.concurrency=1", "tinhso.capacity.lanes.public.queue=0",
		"tinhso.capacity.lanes.staff.concurrency=1", "tinhso.capacity.lanes.staff.queue=0",
		"tinhso.capacity.lanes.heavy.concurrency=1", "tinhso.capacity.lanes.heavy.queue=0",
		"tinhso.capacity.per-client=1", "tinhso.capacity.max-wait=100ms", "tinhso.capacity.retry-after=3s", "tinhso.capacity.database-retry-after=7s",
		"spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.connection-timeout=500",
		"server.forward-headers-strategy=native" }) // other visitors are other addresses (X-Forwarded-For from this proxy)
@ActiveProfiles("test")
@DirtiesContext // its limits and its pool fit only this class
@Import({ LoadSheddingTest.TestEndpoints.class, LoadSheddingTest.OpenTestEndpoints.class })
class LoadSheddingTest {

	/** Entered by a held request; counted down by the test to let it finish. */
	static volatile CountDownLatch entered = new CountDownLatch(1);
	static volatile CountDownLatch release = new CountDownLatch(1);

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	MeterRegistry meters;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();
	private final List<Connection> taken = new ArrayList<>();

	@AfterEach
	void giveEverythingBack() throws SQLException {
		release.countDown();
		for (Connection c : taken) {
			c.close();
		}
		taken.clear();
	}

	@Test
	void aFullLaneRefusesAtOnceWith503OrPerClient429InEveryFormatWhileOthersKeepWorking() throws Exception {
		CompletableFuture<HttpResponse<String>> held = hold("/test/capacity/hold");

		HttpResponse<String> busy = send(get("/test/capacity/quick").header("Accept", "application/json")
				.header("X-Forwarded-For", visitor()));
		assertRefusedAtOnce(busy, held, 503, "3");
		assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat((String) JsonPath.read(busy.body(), "$.code")).isEqualTo("server.busy");
		assertThat((String) JsonPath.read(busy.body(), "$.type")).isEqualTo("urn:tinhso:problem:server.busy");
		assertThat((String) JsonPath.read(busy.body(), "$.detail")).contains("quá nhiều yêu cầu", "3 giây");
		assertThat((Integer) JsonPath.read(busy.body(), "$.retryAfter")).isEqualTo(3);

		// The client already running the held request is the crowd: 429 rather than 503.
		HttpResponse<String> excess = send(get("/api/test-capacity/db"));
		assertRefusedAtOnce(excess, held, 429, "3");
		assertThat((String) JsonPath.read(excess.body(), "$.code")).isEqualTo("request.too-many");
		assertThat((String) JsonPath.read(excess.body(), "$.title")).isEqualTo("Quá nhiều yêu cầu");

		HttpResponse<String> english = send(get("/api/test-capacity/db").header("Accept-Language", "en")
				.header("X-Forwarded-For", visitor()));
		assertRefusedAtOnce(english, held, 503, "3");
		assertThat((String) JsonPath.read(english.body(), "$.detail"))
				.isEqualTo("The system is serving too many requests at once; your request was not carried out. Please try again in 3 seconds.");

		HttpResponse<String> page = send(get("/test/capacity/quick")
				.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
				.header("X-Forwarded-For", visitor()));
		assertRefusedAtOnce(page, held, 503, "3");
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'");
		assertThat(page.body()).contains("<html lang=\"vi\"", "Hệ thống tạm thời quá tải", "503 server.busy", "Về trang chủ")
				.doesNotContain("Exception");

		HttpResponse<String> pageEn = send(get("/test/capacity/quick").header("Accept", "text/html")
				.header("Cookie", "TINHSO_LANG=en").header("X-Forwarded-For", visitor()));
		assertRefusedAtOnce(pageEn, held, 503, "3");
		assertThat(pageEn.body()).contains("<html lang=\"en\"", "Temporarily overloaded", "Please try again in 3 seconds");

		HttpResponse<String> open311Xml = send(get("/open311/v2/services.xml").header("X-Forwarded-For", visitor()));
		assertRefusedAtOnce(open311Xml, held, 503, "3");
		assertThat(open311Xml.body()).startsWith("<?xml").contains("<errors><error><code>503</code><description>Hệ thống đang");
		HttpResponse<String> open311Json = send(get("/open311/v2/services.json").header("X-Forwarded-For", visitor()));
		assertRefusedAtOnce(open311Json, held, 503, "3");
		assertThat((Integer) JsonPath.read(open311Json.body(), "$[0].code")).isEqualTo(503);

		// Never shed: health and static files; other lanes have their own places.
		assertThat(send(get("/actuator/health")).statusCode()).isEqualTo(200);
		assertThat(send(get("/css/app.css")).statusCode()).isEqualTo(200);
		assertThat(send(get("/test/capacity/report.pdf")).body()).isEqualTo("heavy");
		assertThat(send(get("/staff/test-capacity")).body()).isEqualTo("staff");

		assertThat(meters.counter("tinhso.capacity.shed", "lane", "public", "reason", "queue-full", "status", "503").count())
				.isGreaterThanOrEqualTo(6);
		assertThat(meters.counter("tinhso.capacity.shed", "lane", "public", "reason", "per-client", "status", "429").count())
				.isGreaterThanOrEqualTo(1);
		assertThat(meters.get("tinhso.capacity.in.flight").tag("lane", "public").gauge().value()).isEqualTo(1.0);

		release.countDown();
		assertThat(held.get(10, TimeUnit.SECONDS).body()).isEqualTo("held");
		assertThat(whenFree(get("/test/capacity/quick")).body()).isEqualTo("quick"); // the place is back
	}

	@Test
	void madeUpSessionCookiesNeitherReachTheStaffLaneNorEscapeThePerClientShare() throws Exception {
		CompletableFuture<HttpResponse<String>> held = hold("/test/capacity/hold");
		// Same address as the held request, a new cookie each time: still the same client, and a public write.
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> flood = send(HttpRequest.newBuilder(uri("/test/capacity/write"))
					.header("Cookie", "TINHSO_SESSION=" + java.util.UUID.randomUUID()).POST(HttpRequest.BodyPublishers.noBody()));
			assertRefusedAtOnce(flood, held, 429, "3");
		}
		assertThat(meters.counter("tinhso.capacity.shed", "lane", "staff", "reason", "per-client", "status", "429").count())
				.isZero();
	}

	@Test
	void aDatabaseFailureAfterTheHandlerRanIsNotAnInvitationToSubmitAgain() throws Exception {
		HttpResponse<String> after = send(HttpRequest.newBuilder(uri("/test/capacity/done-then-fail"))
				.header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(after.statusCode()).isEqualTo(500);
		assertThat(after.headers().firstValue("Retry-After")).isEmpty();
		assertThat(after.body()).doesNotContain("server.database-unavailable", "CannotGetJdbcConnection");
	}

	@Test
	void aReadCutByTheDatabaseAfterItsHandlerRanMayBeRetried() throws Exception {
		HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/test/capacity/done-then-fail"))
				.header("Accept", "application/json").GET());
		assertThat(read.statusCode()).isEqualTo(503);
		assertThat(read.headers().firstValue("Retry-After")).isPresent();
		assertThat((String) JsonPath.read(read.body(), "$.code")).isEqualTo("server.database-unavailable");
	}

	@Test
	void aFullHeavyLaneRefusesUploadsButNotReads() throws Exception {
		CompletableFuture<HttpResponse<String>> held = hold("/test/capacity/hold.pdf");
		String boundary = "----capacity";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--" + boundary + "--\r\n";
		HttpResponse<String> upload = send(HttpRequest.newBuilder(uri("/test/capacity/upload"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("X-Forwarded-For", visitor())
				// of unknown length (chunked), as a browser's large upload: it may be any size
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))));
		assertRefusedAtOnce(upload, held, 503, "3");
		assertThat((String) JsonPath.read(upload.body(), "$.code")).isEqualTo("server.busy");
		assertThat(send(get("/test/capacity/quick")).body()).isEqualTo("quick");
		assertThat(meters.counter("tinhso.capacity.shed", "lane", "heavy", "reason", "queue-full", "status", "503").count())
				.isGreaterThanOrEqualTo(1);
	}

	@Test
	void anExhaustedPoolIs503WithRetryAfterNotA500() throws Exception {
		exhaustPool();
		long start = System.nanoTime();
		HttpResponse<String> api = send(get("/api/test-capacity/db"));
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5)); // pool timeout 500 ms
		assertThat(api.headers().firstValue("Retry-After")).hasValue("7");
		assertThat((String) JsonPath.read(api.body(), "$.code")).isEqualTo("server.database-unavailable");
		assertThat((String) JsonPath.read(api.body(), "$.detail")).isEqualTo(
				"Cơ sở dữ liệu tạm thời không phản hồi (đang bận hoặc đang khởi động lại). Vui lòng thử lại sau 7 giây.");
		assertThat(api.body()).doesNotContain("SQLTransientConnectionException", "Hikari");

		// An export that set its download headers before the failure loses them with its half-written answer.
		HttpResponse<String> export = send(get("/api/test-capacity/export"));
		assertThat(export.statusCode()).isEqualTo(503);
		assertThat(export.headers().firstValue("Content-Disposition")).isEmpty();
		assertThat((String) JsonPath.read(export.body(), "$.code")).isEqualTo("server.database-unavailable");

		HttpResponse<String> english = send(get("/api/test-capacity/db").header("Accept-Language", "en"));
		assertThat(english.statusCode()).isEqualTo(503);
		assertThat((String) JsonPath.read(english.body(), "$.detail")).isEqualTo(
				"The database is not responding right now (busy or restarting). Please try again in 7 seconds.");

		HttpResponse<String> page = send(get("/test/capacity/db").header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("7");
		assertThat(page.body()).contains("503 server.database-unavailable", "Cơ sở dữ liệu tạm thời không phản hồi");

		// A module with its own catch-all (Open311 answers 500 for anything unexpected) is covered too.
		HttpResponse<String> open311 = send(get("/open311/v2/services.json"));
		assertThat(open311.statusCode()).isEqualTo(503);
		assertThat((Integer) JsonPath.read(open311.body(), "$[0].code")).isEqualTo(503);

		// Failing inside the security filters (the account lookup of HTTP Basic) is 503, not 401 or 500.
		HttpResponse<String> basic = send(get("/api/test-capacity/db").header("Authorization",
				"Basic " + Base64.getEncoder().encodeToString("someone:secret".getBytes(StandardCharsets.UTF_8))));
		assertThat(basic.statusCode()).isEqualTo(503);
		assertThat((String) JsonPath.read(basic.body(), "$.code")).isEqualTo("server.database-unavailable");

		assertThat(meters.counter("tinhso.capacity.shed", "lane", "public", "reason", "database", "status", "503").count())
				.isGreaterThanOrEqualTo(5);
		giveEverythingBack();
		assertThat(whenFree(get("/api/test-capacity/db")).body()).isEqualTo("1"); // recovered
	}

	@Test
	void aDatabaseThatRefusesConnectionsIs503() throws Exception {
		HttpResponse<String> refused = send(get("/api/test-capacity/refused"));
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("7");
		assertThat((String) JsonPath.read(refused.body(), "$.code")).isEqualTo("server.database-unavailable");
	}

	@Test
	void aConnectionTerminatedByARestartingServerIs503AndThePoolRecovers() throws Exception {
		HttpResponse<String> terminated = send(get("/api/test-capacity/terminated"));
		assertThat(terminated.statusCode()).isEqualTo(503);
		assertThat((String) JsonPath.read(terminated.body(), "$.code")).isEqualTo("server.database-unavailable");
		assertThat(whenFree(get("/api/test-capacity/db")).body()).isEqualTo("1");
	}

	// ------------------------------------------------------------------ helpers

	private CompletableFuture<HttpResponse<String>> hold(String path) throws InterruptedException {
		entered = new CountDownLatch(1);
		release = new CountDownLatch(1);
		CompletableFuture<HttpResponse<String>> held = http.sendAsync(get(path).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(entered.await(20, TimeUnit.SECONDS)).as("the held request reached its controller").isTrue();
		return held;
	}

	/** Refused while the held request still runs: nobody waited for a place, and nothing timed out. */
	private static void assertRefusedAtOnce(HttpResponse<String> response, CompletableFuture<?> held, int status,
			String retryAfter) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Retry-After")).hasValue(retryAfter);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(held).isNotDone();
	}

	private void exhaustPool() throws SQLException {
		for (int attempt = 0; taken.size() < 3 && attempt < 20; attempt++) {
			try {
				taken.add(dataSource.getConnection()); // a background job may hold one for a moment
			}
			catch (SQLException e) {
				if (attempt == 19) {
					throw e;
				}
			}
		}
	}

	/**
	 * The answer once the requests before it have given their places back: a reply reaches the client a moment
	 * before the server's filter lets go of its place, so the next request may still find the lane full.
	 */
	private HttpResponse<String> whenFree(HttpRequest.Builder request) throws IOException, InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		HttpResponse<String> response = send(request);
		while ((response.statusCode() == 429 || response.statusCode() == 503) && System.nanoTime() < end) {
			Thread.sleep(50);
			response = send(request);
		}
		return response;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answer time").isLessThan(Duration.ofSeconds(5));
		return response;
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static final java.util.concurrent.atomic.AtomicInteger VISITORS = new java.util.concurrent.atomic.AtomicInteger();

	/** The address of another visitor, as the reverse proxy (this test, from localhost) reports it. */
	private static String visitor() {
		int n = VISITORS.incrementAndGet();
		return "198.51." + (n / 250) + "." + (n % 250 + 1);
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@RestController
	static class TestEndpoints {

		private final JdbcClient jdbc;

		TestEndpoints(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping({ "/test/capacity/hold", "/test/capacity/hold.pdf" })
		String hold() throws InterruptedException {
			entered.countDown();
			release.await(20, TimeUnit.SECONDS);
			return "held";
		}

		@GetMapping("/test/capacity/quick")
		String quick() {
			return "quick";
		}

		@GetMapping("/test/capacity/report.pdf")
		String heavy() {
			return "heavy";
		}

		@GetMapping("/staff/test-capacity")
		String staff() {
			return "staff";
		}

		@PostMapping("/test/capacity/upload")
		String upload() {
			return "uploaded";
		}

		@GetMapping("/api/test-capacity/export")
		String export(jakarta.servlet.http.HttpServletResponse response) {
			response.setHeader("Content-Disposition", "attachment; filename=\"export.csv\"");
			return jdbc.sql("select 1").query(String.class).single();
		}

		@PostMapping("/test/capacity/write")
		String write() {
			return "written";
		}

		/** Its work is done (committed) when the answer fails to render for want of the database. */
		@org.springframework.web.bind.annotation.RequestMapping(path = "/test/capacity/done-then-fail",
				method = { org.springframework.web.bind.annotation.RequestMethod.GET,
						org.springframework.web.bind.annotation.RequestMethod.POST })
		org.springframework.web.servlet.ModelAndView doneThenFail() {
			return new org.springframework.web.servlet.ModelAndView((model, request, response) -> {
				throw new org.springframework.jdbc.CannotGetJdbcConnectionException("the pool is empty",
						new SQLException("Connection is not available", "08001"));
			});
		}

		@GetMapping({ "/api/test-capacity/db", "/test/capacity/db" })
		String database() {
			return jdbc.sql("select 1").query(String.class).single();
		}

		/** What every pooled connection sees when PostgreSQL shuts down or restarts (SQLState 57P01). */
		@GetMapping("/api/test-capacity/terminated")
		String terminated() {
			return jdbc.sql("select pg_terminate_backend(pg_backend_pid())").query(String.class).single();
		}

		@GetMapping("/api/test-capacity/refused")
		String refused() throws IOException {
			try (HikariDataSource nowhere = new HikariDataSource()) {
				nowhere.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort() + "/tinhso");
				nowhere.setConnectionTimeout(250);
				nowhere.setInitializationFailTimeout(-1);
				return JdbcClient.create(nowhere).sql("select 1").query(String.class).single();
			}
		}
	}

	/** Lets anonymous callers reach the test endpoints (before any module's rule for /staff/**). */
	static class OpenTestEndpoints implements RouteAuthorizations, Ordered {

		@Override
		public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
			routes.requestMatchers("/test/capacity/**", "/api/test-capacity/**", "/staff/test-capacity").permitAll();
		}

		@Override
		public List<org.springframework.security.web.util.matcher.RequestMatcher> selfAuthenticated() {
			return List.of(request -> request.getRequestURI().startsWith("/test/capacity/"));
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}
	}
}

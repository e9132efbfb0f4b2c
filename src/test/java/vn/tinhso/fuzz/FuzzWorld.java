package vn.tinhso.fuzz;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.tinhso.calendar.CalendarService;
import vn.tinhso.directory.Role;
import vn.tinhso.fuzz.HostileRequest.Actor;
import vn.tinhso.fuzz.HostileRequest.Upload;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.support.Fixtures;

/**
 * What the fuzz runs against, built once per run: the endpoints of the running context; a citizen
 * and an official of a department of their own (every agency role, but no system administration, so
 * no request can change the province-wide settings other tests rely on), signed in once through the
 * application's own password check (and, for the real server, through the login form); and a
 * dossier and an incoming document of theirs, so that hostile values also reach the code behind a
 * successful lookup.
 */
final class FuzzWorld {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

	final List<Endpoint> endpoints;
	final FuzzTarget target;
	final HostileRequests requests;
	final List<HostileRequest> valid;
	final RealServer server;

	FuzzWorld(ApplicationContext context, MockMvc mvc, JdbcClient jdbc, Fixtures fixtures, String baseUrl)
			throws Exception {
		warmUpCalendar(context.getBean(CalendarService.class));
		this.endpoints = Endpoints.of(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
		String department = fixtures.department();
		String official = fixtures.official(department, Role.AGENCY_ADMIN, Role.ONE_STOP_OFFICER, Role.SPECIALIST,
				Role.LEADER, Role.CLERK, Role.IOC_OPERATOR);
		String citizen = fixtures.citizen();
		String procedure = fixtures.procedure(department);
		Map<Actor, RequestPostProcessor> identities = new EnumMap<>(Actor.class);
		identities.put(Actor.ANONYMOUS, request -> request);
		identities.put(Actor.CITIZEN, authentication(signIn(context, citizen)));
		identities.put(Actor.OFFICIAL, authentication(signIn(context, official)));
		String dossier = JsonPath.read(created(mvc.perform(multipart("/api/v1/dossiers").param("procedureCode", procedure)
				.param("agencyCode", department).param("declared", "true")
				.file(new MockMultipartFile("component-TP1", "to-khai.pdf", "application/pdf", PDF))
				.with(csrf()).with(identities.get(Actor.CITIZEN))).andReturn().getResponse()), "$.code");
		Number document = JsonPath.read(created(mvc.perform(multipart("/api/v1/documents/incoming")
				.file(new MockMultipartFile("file", "cong-van.pdf", "application/pdf", PDF))
				.param("agencyCode", department).param("typeCode", "CV").param("notation", "12/CV-FUZZ")
				.param("subject", "Văn bản cho phép thử đầu vào xấu").param("issuerName", "Sở Thử nghiệm")
				.param("issuedOn", LocalDate.now(ProvinceTime.ZONE).minusDays(1).toString())
				.with(csrf()).with(identities.get(Actor.OFFICIAL))).andReturn().getResponse()), "$.document.id");
		TableCounts counts = new TableCounts(jdbc).watch("dossier", "code", dossier)
				.watch("document", "id", document.longValue()).watch("agency", "code", department);
		this.target = new FuzzTarget(mvc, counts, identities);
		this.server = new RealServer(baseUrl, citizen, official);
		this.requests = new HostileRequests(endpoints, List.of(department, Fixtures.ROOT, procedure, citizen, official,
				dossier, String.valueOf(document), "1", "TP1", "RECEIVE", "json"));
		this.valid = validRequests(department, procedure, dossier);
	}

	/** Requests the application accepts as they are; the fuzz makes one thing in them hostile. */
	private List<HostileRequest> validRequests(String department, String procedure, String dossier) {
		String today = LocalDate.now(ProvinceTime.ZONE).minusDays(1).toString();
		Upload paper = new Upload("component-TP1", "to-khai.pdf", "application/pdf", PDF);
		Upload letter = new Upload("file", "cong-van.pdf", "application/pdf", PDF);
		var incoming = List.of(Map.entry("agencyCode", department), Map.entry("typeCode", "CV"),
				Map.entry("notation", "15/CV-FUZZ"), Map.entry("subject", "Về việc thử đầu vào xấu"),
				Map.entry("issuerName", "Sở Thử nghiệm"), Map.entry("issuedOn", today));
		return List.of(
				valid("/api/v1/dossiers", Actor.CITIZEN, Map.of(), List.of(Map.entry("procedureCode", procedure),
						Map.entry("agencyCode", department), Map.entry("declared", "true")), paper),
				valid("/dossiers", Actor.CITIZEN, Map.of(), List.of(Map.entry("procedure", procedure),
						Map.entry("agencyCode", department), Map.entry("declared", "true"),
						Map.entry("submissionKey", java.util.UUID.randomUUID().toString())), paper),
				valid("/api/v1/documents/incoming", Actor.OFFICIAL, Map.of(), incoming, letter),
				valid("/staff/documents/incoming/new", Actor.OFFICIAL, Map.of(), incoming, letter),
				valid("/api/v1/dossiers/{code}/actions/{action}", Actor.OFFICIAL, Map.of("code", dossier, "action", "RECEIVE"),
						List.of(Map.entry("note", "Tiếp nhận hồ sơ")), null));
	}

	private HostileRequest valid(String pattern, Actor actor, Map<String, String> path,
			List<Map.Entry<String, String>> form, Upload file) {
		Endpoint endpoint = endpoints.stream().filter(e -> e.pattern().equals(pattern) && e.methods().contains(HttpMethod.POST))
				.findFirst().orElseThrow(() -> new IllegalStateException("No POST " + pattern + " any more"));
		return new HostileRequest(endpoint, HttpMethod.POST, actor, path, List.of(), form,
				Map.of("Accept", pattern.startsWith("/api/") ? "application/json" : "text/html"), null, null,
				file == null ? List.of() : List.of(file));
	}

	private static String created(MockHttpServletResponse response) throws Exception {
		if (response.getStatus() != 201) {
			throw new IllegalStateException("Could not create the fuzz data: " + response.getStatus() + " "
					+ response.getContentAsString(StandardCharsets.UTF_8));
		}
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * The calendar stores the rule days of recent and coming years on their first use, in a
	 * transaction of their own, even during a read that is refused afterwards: a cache, filled here
	 * beforehand so the table counts only move when a request really changes something.
	 */
	private static void warmUpCalendar(CalendarService calendar) {
		int year = LocalDate.now(ProvinceTime.ZONE).getYear();
		for (int y = year - 30; y <= year + 10; y++) {
			calendar.year(y);
		}
	}

	/** One real password check per account; each request then carries the signed-in principal. */
	private static Authentication signIn(ApplicationContext context, String username) {
		var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, Fixtures.PASSWORD);
		for (AuthenticationProvider provider : context.getBeansOfType(AuthenticationProvider.class).values()) {
			if (provider.supports(attempt.getClass())) {
				Authentication signedIn = provider.authenticate(attempt);
				if (signedIn != null && signedIn.isAuthenticated()) {
					return signedIn;
				}
			}
		}
		throw new IllegalStateException("No provider signs in " + username);
	}
}

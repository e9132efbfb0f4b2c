package vn.tinhso.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;

import vn.tinhso.fuzz.HostileRequest.Actor;
import vn.tinhso.support.IntegrationTest;

/**
 * Malformed and hostile input at every endpoint of the running application, as a guest, a citizen
 * and an official: no answer is a server error, none shows the implementation (exception names, stack
 * frames, SQL errors, in the body or a header), refusals are problem details with a {@code code}
 * under {@code /api/} (the GeoReport error list under Open311), and a refused request changes no data.
 *
 * <p>The sweep sends fixed hostile values to every endpoint, method and actor; the properties draw
 * random ones per input channel (path and query, form fields, JSON bodies, uploads), make one value
 * hostile in requests that would otherwise be accepted, and send bytes that are not UTF-8 through
 * the real Tomcat. Tries are bounded so the class stays well under a minute and a half.
 *
 * <p>Each try draws its request from its own seed, printed with any failure: run again with
 * {@code -Dfuzz.seed=<that seed> -Dfuzz.tries=1} to replay exactly that request. Without
 * {@code fuzz.seed} every run starts from a new seed, so runs over time cover new ground. The
 * official administers only their own department, so endpoints for system administrators are
 * fuzzed up to the role check.
 */
class HostileInputFuzzTest extends IntegrationTest {

	private static FuzzWorld world;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void buildTheWorldOnce() throws Exception {
		if (world == null) {
			world = new FuzzWorld(context, mvc, jdbc, fixtures, baseUrl());
		}
	}

	@Test
	void everyEndpointAnswersHostileInputCleanly() throws Exception {
		List<String> failures = new ArrayList<>();
		int n = 0;
		for (Endpoint endpoint : world.endpoints) {
			for (HttpMethod method : endpoint.methods()) {
				for (Actor actor : endpoint.library() ? List.of(Actor.ANONYMOUS) : List.of(Actor.values())) {
					HostileRequest request = HostileRequests.sweep(endpoint, method, actor, n++);
					FuzzTarget.Answer answer = world.target.send(request);
					if (!answer.problems().isEmpty()) {
						failures.add(request + "\n    " + String.join("\n    ", answer.problems()));
					}
				}
			}
		}
		assertThat(world.endpoints).as("endpoints found in the running context").hasSizeGreaterThan(100);
		assertThat(failures).as("%d of %d sweep requests answered wrongly:%n%s", failures.size(), n,
				String.join("\n\n", failures.subList(0, Math.min(30, failures.size())))).isEmpty();
	}

	@Test
	void hostilePathVariablesQueryParametersAndHeaders() {
		answeredCleanly("path and query", 400, world.requests.pathAndQuery());
	}

	@Test
	void hostileFormFields() {
		answeredCleanly("forms", 300, world.requests.forms());
	}

	@Test
	void hostileJsonBodies() {
		answeredCleanly("JSON bodies", 300, world.requests.jsonBodies());
	}

	@Test
	void hostileUploads() {
		answeredCleanly("uploads", 300, world.requests.uploads());
	}

	@Test
	void oneHostileValueInAnAcceptableRequest() {
		Map<String, Integer> answers = answeredCleanly("one hostile value", 200, world.requests.oneHostileValue(world.valid));
		assertThat(answers.keySet()).as("some requests with one hostile value still reach a handler")
				.anyMatch(kind -> kind.endsWith("from a handler"));
	}

	/** What MockMvc cannot send: bytes that are not UTF-8, NUL and encoded slashes, decoded by the real Tomcat. */
	@Test
	void brokenBytesThroughTheRealServer() {
		Tries.run("raw GETs", 200, world.requests.rawGets(), request -> {
			ResponseRules.Reply reply = world.server.get(request.actor(), request.pathAndQuery(), request.accept());
			List<String> problems = ResponseRules.violations(request.endpoint(), request.path(), request.accept(),
					request.pathAndQuery(), reply, null);
			return new Tries.Outcome(reply.fromTheContainer() ? "400 from Tomcat" : reply.status() / 100 + "xx", problems);
		});
	}

	private static Map<String, Integer> answeredCleanly(String name, int tries, Gen<HostileRequest> requests) {
		return Tries.run(name, tries, requests, request -> {
			FuzzTarget.Answer answer = world.target.send(request);
			return new Tries.Outcome(answer.kind(), answer.problems());
		});
	}
}

package vn.tinhso.platform.capacity;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tinhso.capacity.*}: the load-shedding limits. The defaults suit the 2-core machine with 64
 * Tomcat threads and 12 database connections: every lane's running plus waiting requests together
 * stay below the thread count, so a thread is always free to refuse the next request at once.
 *
 * @param enabled             off: nothing is counted or refused (database failures are still answered 503)
 * @param maxWait             the longest a request waits in its lane's queue for a free place
 * @param retryAfter          the Retry-After of a 503/429 refusal for lack of capacity
 * @param databaseRetryAfter  the Retry-After of a 503 when the database cannot be reached
 * @param perClient           when a lane is full, a client (session, else address) already running this
 *                            many requests gets 429 instead of a place in the queue
 * @param heavyBodyBytes      request bodies larger than this go to the heavy lane
 * @param lanes               concurrency and queue per lane (public, staff, heavy)
 * @param exemptPaths         never counted nor refused: static resources, health and metrics
 * @param staffPaths          paths of the staff lane (writes with a session or credentials go there too)
 * @param heavyPaths          paths of the heavy lane (multipart bodies of unknown length go there too)
 */
@ConfigurationProperties("tinhso.capacity")
record CapacityProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("500ms") Duration maxWait,
		@DefaultValue("2s") Duration retryAfter,
		@DefaultValue("5s") Duration databaseRetryAfter,
		@DefaultValue("8") int perClient,
		@DefaultValue("1048576") long heavyBodyBytes,
		Map<Lane, LaneLimit> lanes,
		@DefaultValue({ "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/actuator/**" }) List<String> exemptPaths,
		@DefaultValue({ "/staff/**", "/admin/**" }) List<String> staffPaths,
		@DefaultValue({ "*.pdf", "*.xlsx", "*.csv", "**/issue", "**/export", "/api/v1/signing/**", "/api/v1/signatures/**",
				"/signatures/**", "/api/v1/imports/**", "/admin/imports/**", "/api/v1/exchange/**" }) List<String> heavyPaths) {

	static final Map<Lane, LaneLimit> DEFAULT_LANES = Map.of(
			Lane.PUBLIC, new LaneLimit(16, 16),
			Lane.STAFF, new LaneLimit(8, 8),
			Lane.HEAVY, new LaneLimit(3, 3));

	CapacityProperties {
		Map<Lane, LaneLimit> complete = new EnumMap<>(DEFAULT_LANES);
		if (lanes != null) {
			complete.putAll(lanes);
		}
		lanes = Map.copyOf(complete);
		if (perClient < 1) {
			throw new IllegalArgumentException("tinhso.capacity.per-client must be at least 1");
		}
	}

	LaneLimit limit(Lane lane) {
		return lanes.get(lane);
	}
}

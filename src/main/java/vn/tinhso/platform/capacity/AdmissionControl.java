package vn.tinhso.platform.capacity;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Admits requests into their lane. While a lane has room everyone gets in, whoever they are. When it
 * is full, a client already running {@code perClient} requests is refused with 429 (it is the one
 * causing the crowd); anyone else waits in the short queue, and is refused with 503 when the queue
 * is full or the wait runs out. The per-client counts hold only clients with requests in flight.
 */
final class AdmissionControl {

	private final Map<Lane, Bulkhead> lanes = new EnumMap<>(Lane.class);
	private final Map<String, Integer> clients = new ConcurrentHashMap<>();
	private final Duration maxWait;
	private final int perClient;

	AdmissionControl(CapacityProperties properties) {
		for (Lane lane : Lane.values()) {
			lanes.put(lane, new Bulkhead(properties.limit(lane)));
		}
		this.maxWait = properties.maxWait();
		this.perClient = properties.perClient();
	}

	Admission admit(Lane lane, String client) {
		Bulkhead places = lanes.get(lane);
		Admission admission;
		if (places.enterNow()) {
			admission = Admission.ADMITTED;
		}
		else if (clients.getOrDefault(client, 0) >= perClient) {
			admission = Admission.CLIENT_EXCESS;
		}
		else {
			admission = places.enterAfterWait(maxWait);
		}
		if (admission == Admission.ADMITTED) {
			clients.merge(client, 1, Integer::sum);
		}
		return admission;
	}

	/** Gives back the place of an admitted request. */
	void release(Lane lane, String client) {
		clients.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
		lanes.get(lane).leave();
	}

	Bulkhead lane(Lane lane) {
		return lanes.get(lane);
	}

	/** How many clients have requests in flight (the size of the per-client table). */
	int clientsInFlight() {
		return clients.size();
	}
}

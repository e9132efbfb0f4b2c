package vn.tinhso.platform.capacity;

import org.springframework.http.HttpStatus;

/** What happened to a request at the door; every outcome but ADMITTED is an immediate refusal. */
enum Admission {
	ADMITTED(HttpStatus.OK, null, null),
	/** The lane is full and so is its queue. */
	QUEUE_FULL(HttpStatus.SERVICE_UNAVAILABLE, "server.busy", "queue-full"),
	/** The lane stayed full for the whole wait. */
	WAIT_TIMEOUT(HttpStatus.SERVICE_UNAVAILABLE, "server.busy", "wait-timeout"),
	/** The lane is full and this client already runs its share. */
	CLIENT_EXCESS(HttpStatus.TOO_MANY_REQUESTS, "request.too-many", "per-client");

	private final HttpStatus status;
	private final String code;
	private final String reason;

	Admission(HttpStatus status, String code, String reason) {
		this.status = status;
		this.code = code;
		this.reason = reason;
	}

	HttpStatus status() {
		return status;
	}

	/** The stable problem code of the refusal. */
	String code() {
		return code;
	}

	/** The metric tag of the refusal. */
	String reason() {
		return reason;
	}
}

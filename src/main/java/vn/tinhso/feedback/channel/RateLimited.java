package vn.tinhso.feedback.channel;

/** Too many submissions from one address or contact: answered 429 with Retry-After. */
public class RateLimited extends RuntimeException {

	private final long retryAfterSeconds;

	RateLimited(long retryAfterSeconds) {
		super("rate limited", null, false, false);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}

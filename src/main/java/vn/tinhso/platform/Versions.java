package vn.tinhso.platform;

/** Optimistic locking over HTTP: the ETag is the row version, If-Match must carry it back. */
public final class Versions {

	private Versions() {
	}

	public static String etag(int version) {
		return "\"" + version + "\"";
	}

	/** The version named by If-Match, or {@code current} when the client sent none. */
	public static int fromIfMatch(String ifMatch, int current) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return current;
		}
		try {
			return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("request.if-match");
		}
	}
}

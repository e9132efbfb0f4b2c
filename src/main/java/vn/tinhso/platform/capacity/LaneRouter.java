package vn.tinhso.platform.capacity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** Picks the lane of a request from its path, method, body and whether it comes from someone seen signed in. */
final class LaneRouter {

	private final PathRules exempt;
	private final PathRules staff;
	private final PathRules heavy;
	private final long heavyBodyBytes;
	private final ClientKeys clients;

	LaneRouter(CapacityProperties properties, ClientKeys clients) {
		this.exempt = new PathRules(properties.exemptPaths());
		this.staff = new PathRules(properties.staffPaths());
		this.heavy = new PathRules(properties.heavyPaths());
		this.heavyBodyBytes = properties.heavyBodyBytes();
		this.clients = clients;
	}

	/** The lane the request is counted in, or {@code null} when it is never counted nor refused. */
	Lane laneOf(HttpServletRequest request) {
		String path = pathOf(request);
		if (exempt.matches(path)) {
			return null;
		}
		long length = request.getContentLengthLong();
		if (heavy.matches(path) || length > heavyBodyBytes || (length < 0 && multipart(request))) {
			return Lane.HEAVY;
		}
		if (staff.matches(path) || (write(request) && identified(request))) {
			return Lane.STAFF;
		}
		return Lane.PUBLIC;
	}

	/** The decoded, normalized path inside the application (what the handler mapping sees). */
	static String pathOf(HttpServletRequest request) {
		String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
		String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
		String path = servletPath + pathInfo;
		return path.isEmpty() ? request.getRequestURI().substring(request.getContextPath().length()) : path;
	}

	/**
	 * An upload of unknown length may be any size; one with a small declared length (a form with a one-page
	 * scan) costs little more than a form and stays in its ordinary lane.
	 */
	private static boolean multipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private static boolean write(HttpServletRequest request) {
		return switch (request.getMethod()) {
			case "GET", "HEAD", "OPTIONS", "TRACE" -> false;
			default -> true;
		};
	}

	/** Not any cookie or Authorization header, which anyone can send, but one seen signed in. */
	private boolean identified(HttpServletRequest request) {
		return clients.signedIn(request);
	}
}

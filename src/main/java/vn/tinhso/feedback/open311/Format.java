package vn.tinhso.feedback.open311;

import org.springframework.http.MediaType;

/** The two formats of GeoReport v2, chosen by the resource's extension. */
enum Format {
	JSON(MediaType.parseMediaType("application/json;charset=UTF-8")),
	XML(MediaType.parseMediaType("text/xml;charset=UTF-8"));

	private final MediaType mediaType;

	Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return mediaType;
	}

	static Format of(String extension) {
		return "xml".equalsIgnoreCase(extension) ? XML : JSON;
	}

	/** The format a request path asks for; JSON unless it ends in {@code .xml}. */
	static Format ofPath(String path) {
		return path != null && path.toLowerCase(java.util.Locale.ROOT).endsWith(".xml") ? XML : JSON;
	}
}

package vn.tinhso.feedback.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/** The {@code photos} files of a multipart request. */
final class PhotoUploads {

	static final String FIELD = "photos";

	private PhotoUploads() {
	}

	static List<byte[]> of(HttpServletRequest request) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null) {
			return List.of();
		}
		List<byte[]> photos = new ArrayList<>();
		for (MultipartFile f : multipart.getFiles(FIELD)) {
			if (!f.isEmpty()) {
				try {
					photos.add(f.getBytes());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return photos;
	}
}

package vn.tinhso.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import vn.tinhso.dossier.core.Upload;

/** Files of a multipart request: {@code component-<code>} for a paper, {@code files} for anything else. */
final class Uploads {

	static final String COMPONENT_PREFIX = "component-";

	private Uploads() {
	}

	static List<Upload> of(HttpServletRequest request) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null) {
			return List.of();
		}
		List<Upload> uploads = new ArrayList<>();
		multipart.getMultiFileMap().forEach((name, files) -> {
			String component = name.startsWith(COMPONENT_PREFIX) ? name.substring(COMPONENT_PREFIX.length()) : null;
			if (component == null && !name.equals("files")) {
				return;
			}
			for (MultipartFile f : files) {
				if (!f.isEmpty()) {
					uploads.add(new Upload(component, f.getOriginalFilename(), bytes(f)));
				}
			}
		});
		return uploads;
	}

	private static byte[] bytes(MultipartFile f) {
		try {
			return f.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

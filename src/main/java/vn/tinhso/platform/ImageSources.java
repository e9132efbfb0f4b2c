package vn.tinhso.platform;

import java.util.List;

/**
 * Outside origins a module needs pages to load images from (map tiles), added to the Content Security
 * Policy's img-src and nowhere else. Each entry is a scheme and host, e.g. {@code https://tile.example.org}.
 */
public interface ImageSources {

	List<String> imageOrigins();
}

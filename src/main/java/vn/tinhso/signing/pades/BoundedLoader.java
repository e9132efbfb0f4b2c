package vn.tinhso.signing.pades;

import java.time.Instant;
import java.util.List;

import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;

/**
 * Fetches over HTTP(S) only (no LDAP or file URLs from a stranger's certificate) and only until a
 * deadline shared by one verification, so an unreachable network costs seconds, not minutes: what is
 * not fetched in time makes the result INDETERMINATE.
 */
final class BoundedLoader implements DataLoader {

	private static final long serialVersionUID = 1L;

	private final transient CommonsDataLoader delegate;
	private final Instant deadline;

	BoundedLoader(CommonsDataLoader delegate, Instant deadline) {
		this.delegate = delegate;
		this.deadline = deadline;
	}

	@Override
	public byte[] get(String url) {
		check(url);
		return delegate.get(url);
	}

	@Override
	public DataAndUrl get(List<String> urls) {
		DSSExternalResourceException last = new DSSExternalResourceException("No URL to fetch");
		for (String url : urls) {
			try {
				return new DataAndUrl(url, get(url));
			}
			catch (RuntimeException e) {
				last = new DSSExternalResourceException("Cannot fetch " + url, e);
			}
		}
		throw last;
	}

	@Override
	public byte[] post(String url, byte[] content) {
		check(url);
		return delegate.post(url, content);
	}

	@Override
	public void setContentType(String contentType) {
		delegate.setContentType(contentType);
	}

	private void check(String url) {
		if (url == null || !(url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8))) {
			throw new DSSExternalResourceException("Only HTTP and HTTPS are fetched: " + url);
		}
		if (Instant.now().isAfter(deadline)) {
			throw new DSSExternalResourceException("The time for network requests is spent: " + url);
		}
	}
}

package vn.tinhso.signing.pades;

import java.time.Duration;
import java.time.Instant;

import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.util.TimeValue;
import org.springframework.stereotype.Component;

import vn.tinhso.signing.keys.SigningProperties;

/** Timestamp, CRL, OCSP and issuer-certificate fetching, each request limited by {@code tinhso.signing.network-timeout}. */
@Component
class NetworkSources {

	private final SigningProperties properties;
	private final int timeoutMillis;

	NetworkSources(SigningProperties properties) {
		this.properties = properties;
		this.timeoutMillis = (int) Math.max(100, properties.networkTimeout().toMillis());
	}

	TSPSource timestamps() {
		return new OnlineTSPSource(properties.tsaUrl().strip(), new BoundedLoader(limited(new TimestampDataLoader()),
				Instant.now().plusMillis(2L * timeoutMillis)));
	}

	/** The sources for one verification; together they get three request timeouts, then give up. */
	Revocation revocation() {
		Instant deadline = Instant.now().plus(Duration.ofMillis(3L * timeoutMillis));
		return new Revocation(new OnlineCRLSource(new BoundedLoader(limited(new CommonsDataLoader()), deadline)),
				new OnlineOCSPSource(new BoundedLoader(limited(new OCSPDataLoader()), deadline)),
				new DefaultAIASource(new BoundedLoader(limited(new CommonsDataLoader()), deadline)));
	}

	record Revocation(OnlineCRLSource crl, OnlineOCSPSource ocsp, DefaultAIASource aia) {
	}

	private <T extends CommonsDataLoader> T limited(T loader) {
		loader.setTimeoutConnection(timeoutMillis);
		loader.setTimeoutConnectionRequest(timeoutMillis);
		loader.setTimeoutResponse(timeoutMillis);
		loader.setTimeoutSocket(timeoutMillis);
		loader.setRetryStrategy(new DefaultHttpRequestRetryStrategy(0, TimeValue.ZERO_MILLISECONDS));
		return loader;
	}
}

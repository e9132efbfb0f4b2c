package vn.tinhso.signing.keys;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the signing module ({@code tinhso.signing.*}).
 *
 * @param masterKey base64 AES key (16, 24 or 32 bytes) sealing the stored private keys; when blank, a
 *        key is generated once into {@code masterKeyFile}. Several nodes must share one of the two.
 * @param masterKeyFile where the generated master key lives (next to the embedded database data)
 * @param tsaUrl an RFC 3161 timestamp authority; set, signatures are PAdES-BASELINE-T, else B
 * @param trustAnchors PEM or DER certificate files whose certificates verification trusts, besides the
 *        demo root when one exists
 * @param keyProviders the {@link vn.tinhso.signing.SigningKeyProvider} ids to ask for keys, in order
 * @param networkTimeout the limit for each timestamp, CRL, OCSP or issuer-certificate request
 * @param demoCertificates issue demo certificates and images to leaders and their agencies on first use
 */
@ConfigurationProperties("tinhso.signing")
public record SigningProperties(String masterKey, @DefaultValue("./data/signing-master.key") String masterKeyFile,
		String tsaUrl, @DefaultValue List<String> trustAnchors, @DefaultValue("database") List<String> keyProviders,
		@DefaultValue("3s") Duration networkTimeout, boolean demoCertificates) {

	public boolean timestamped() {
		return tsaUrl != null && !tsaUrl.isBlank();
	}
}

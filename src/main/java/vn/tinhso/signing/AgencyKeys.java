package vn.tinhso.signing;

import java.util.Optional;

/**
 * An agency's organisation key (the one its seal signs with), for signing what is not a PDF: the edXML
 * messages the exchange module sends for the agency. The key is found as for a seal: the configured
 * {@link SigningKeyProvider}s in order, a demo certificate issued first in a demo. The key may sign
 * inside a token, so callers get a {@link SigningKey}, never the private key itself.
 */
public interface AgencyKeys {

	Optional<SigningKey> agencyKey(String agencyCode);
}

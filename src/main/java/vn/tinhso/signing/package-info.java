/**
 * Signing (ký số): PAdES signatures on PDFs and verification of signed PDFs that arrive from elsewhere.
 * A leader signs with a personal certificate, the agency seals with its organisation certificate, and
 * attachments carry the agency's signature without an image, as Decree 30/2020 lays them out. Keys come
 * from {@link vn.tinhso.signing.SigningKeyProvider}s: the default keeps PKCS#12 keys encrypted in the
 * database; a token or HSM plugs in beside it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signing")
package vn.tinhso.signing;

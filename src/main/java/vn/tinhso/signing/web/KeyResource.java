package vn.tinhso.signing.web;

import java.time.OffsetDateTime;

import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.signing.keys.KeyInfo;

/** A stored key as the API shows it: whose, which certificate, valid when; never key material. */
record KeyResource(String ownerKind, String owner, String subject, String issuer, String serial,
		OffsetDateTime notBefore, OffsetDateTime notAfter, String source, OffsetDateTime storedAt) {

	static KeyResource of(KeyInfo key) {
		return new KeyResource(key.owner().kind().name(), key.owner().ref(), key.subject(), key.issuer(), key.serial(),
				local(key.notBefore()), local(key.notAfter()), key.source(), local(key.storedAt()));
	}

	private static OffsetDateTime local(OffsetDateTime time) {
		return time == null ? null : time.atZoneSameInstant(ProvinceTime.ZONE).toOffsetDateTime();
	}
}

package vn.tinhso.directory.web;

import java.time.OffsetDateTime;

import vn.tinhso.directory.AgencyKind;
import vn.tinhso.directory.agency.AgencyRecord;

/** An agency as the API shows it. */
record AgencyResource(String code, String name, String shortName, String abbreviation, AgencyKind kind,
		String parentCode, String address, String phone, String email, boolean active, OffsetDateTime updatedAt,
		int version) {

	static AgencyResource of(AgencyRecord r) {
		return new AgencyResource(r.code(), r.name(), r.shortName(), r.abbreviation(), r.kind(), r.parentCode(),
				r.address(), r.phone(), r.email(), r.active(), r.updatedAt(), r.version());
	}
}

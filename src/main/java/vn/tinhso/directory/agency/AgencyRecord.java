package vn.tinhso.directory.agency;

import java.time.OffsetDateTime;

import vn.tinhso.directory.AgencyKind;

/** An agency row with its place in the tree. */
public record AgencyRecord(long id, String code, Long parentId, String parentCode, String path, String name,
		String shortName, String abbreviation, AgencyKind kind, String address, String phone, String email,
		boolean active, OffsetDateTime updatedAt, int version) {

	public AgencyDraft toDraft() {
		return new AgencyDraft(code, name, shortName, abbreviation, kind.name(), parentCode, address, phone, email);
	}
}

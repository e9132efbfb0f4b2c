package vn.tinhso.directory;

/** What other modules need to know of an agency (e.g. the abbreviation for document notations). */
public record AgencySummary(long id, String code, String name, String shortName, String abbreviation,
		AgencyKind kind, String parentCode, boolean active) {
}

package vn.tinhso.directory;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.platform.AccountKind;

/** Looks up citizens and organisations for the modules that serve them. */
@Service
public class ApplicantDirectory {

	private static final String SELECT = """
			select a.id, a.kind, coalesce(c.full_name, o.name, a.display_name) as name,
			       coalesce(c.personal_id, o.tax_code) as id_number, a.email, a.phone, coalesce(o.address, '') as address
			from account a left join citizen c on c.account_id = a.id left join organisation o on o.account_id = a.id
			where a.active and a.kind in ('CITIZEN', 'ORGANISATION')""";

	private final JdbcClient jdbc;

	ApplicantDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ApplicantProfile> find(long accountId) {
		return jdbc.sql(SELECT + " and a.id = ?").param(accountId).query(ApplicantDirectory::row).optional();
	}

	/** The account registered with this personal id or tax code, if any. */
	public Optional<ApplicantProfile> findByIdNumber(String idNumber) {
		return jdbc.sql(SELECT + " and (c.personal_id = ? or o.tax_code = ?)").params(idNumber, idNumber)
				.query(ApplicantDirectory::row).optional();
	}

	private static ApplicantProfile row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new ApplicantProfile(rs.getLong("id"), AccountKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("id_number"), rs.getString("email"), rs.getString("phone"), rs.getString("address"));
	}
}

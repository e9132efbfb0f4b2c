package vn.tinhso.directory.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.AccountKind;

/** The coarse authorities of a principal: its kind, and for officials each role held anywhere. */
@Component
class AccountAuthorities {

	private final JdbcClient jdbc;

	AccountAuthorities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> of(AccountRow account) {
		List<String> authorities = new ArrayList<>();
		authorities.add("ROLE_" + account.kind().name());
		if (account.kind() == AccountKind.OFFICIAL) {
			jdbc.sql("select distinct role from official_role where account_id = ? order by role")
					.param(account.id()).query(String.class).list()
					.forEach(role -> authorities.add("ROLE_" + role));
		}
		return authorities;
	}
}

package vn.tinhso.platform;

/**
 * The authenticated person behind a request, as every module sees it.
 *
 * @param accountId internal account id
 * @param username login name (officials), personal id (citizens) or tax code (organisations)
 * @param displayName full name shown in the UI and in histories
 * @param kind official, citizen or organisation
 */
public record Actor(long accountId, String username, String displayName, AccountKind kind) implements java.io.Serializable {

	/** The platform itself (first-start demo data, scheduled work); never the result of a sign-in. */
	public static final Actor SYSTEM = new Actor(0, "system", "Hệ thống", AccountKind.OFFICIAL);

	public boolean isSystem() {
		return accountId == 0;
	}

	public boolean isOfficial() {
		return kind == AccountKind.OFFICIAL;
	}
}

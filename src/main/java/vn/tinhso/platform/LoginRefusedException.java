package vn.tinhso.platform;

import org.springframework.security.core.AuthenticationException;

/**
 * A login refused for a reason the user should be told (message key {@code error.<code>}), e.g.
 * {@code login.locked} or {@code login.otp-required}.
 */
public class LoginRefusedException extends AuthenticationException {

	private final String code;

	public LoginRefusedException(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return code;
	}
}

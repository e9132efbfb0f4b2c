package vn.tinhso.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Login form details beyond username and password: the optional one-time (TOTP) code. */
public class LoginDetails extends WebAuthenticationDetails {

	public static final String ONE_TIME_CODE_PARAMETER = "otp";

	private final String oneTimeCode;

	public LoginDetails(HttpServletRequest request) {
		super(request);
		String code = request.getParameter(ONE_TIME_CODE_PARAMETER);
		this.oneTimeCode = code == null ? "" : code.strip();
	}

	public String oneTimeCode() {
		return oneTimeCode;
	}
}

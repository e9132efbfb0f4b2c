package vn.tinhso.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall (encoded slashes and "..", control characters in headers, semicolons in
 * the path…), also refusing parameter values with a NUL character: PostgreSQL cannot store one, so
 * such a value reaching a query failed as a server error. Every refusal is answered here with a 400
 * problem ({@code request.malformed}); the default handler only set the status, and the container's
 * error page then refused the same request again and answered with its own bare page.
 */
@Configuration(proxyBeanMethods = false)
class FirewallConfiguration {

	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedParameterValues(
				StrictHttpFirewall.ALLOWED_PARAMETER_VALUES.and(value -> value == null || value.indexOf('\0') < 0));
		return firewall;
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
		return (request, response, e) -> problems.rejected(request, response);
	}
}

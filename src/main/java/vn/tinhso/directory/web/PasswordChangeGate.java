package vn.tinhso.directory.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.tinhso.directory.account.AccountPrincipal;
import vn.tinhso.directory.account.Accounts;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;

/**
 * An account holding a temporary password (new official, reset by an administrator) may do nothing
 * but change it.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeGate implements WebMvcConfigurer, HandlerInterceptor {

	private final Accounts accounts;

	PasswordChangeGate(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/account/password", "/logout", "/login", "/error",
				"/css/**", "/js/**", "/img/**", "/webjars/**", "/lang", "/");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		var actor = Actors.current();
		if (actor.isEmpty() || !mustChange(request, actor.get().accountId())) {
			return true;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw DomainException.forbidden("account.password-change-required");
		}
		response.sendRedirect(request.getContextPath() + "/account/password");
		return false;
	}

	/**
	 * Without a session the principal was made from the account row in this very request (HTTP Basic),
	 * so its flag is current; a session's principal may be older than a password reset, so ask the database.
	 */
	private boolean mustChange(HttpServletRequest request, long accountId) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (request.getSession(false) == null && authentication != null
				&& authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return principal.mustChangePassword();
		}
		return accounts.mustChangePassword(accountId);
	}
}

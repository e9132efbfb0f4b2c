package vn.tinhso.directory.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

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
		if (actor.isEmpty() || !accounts.mustChangePassword(actor.get().accountId())) {
			return true;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw DomainException.forbidden("account.password-change-required");
		}
		response.sendRedirect(request.getContextPath() + "/account/password");
		return false;
	}
}

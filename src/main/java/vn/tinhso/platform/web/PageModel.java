package vn.tinhso.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;

/**
 * Values every page layout needs: the acting user, the current path (for the language switch), the language.
 * They are added once a handler has chosen a page to render. As {@code @ModelAttribute} methods of a controller
 * advice they were worked out (four reflective calls, with their arguments resolved) before every handler,
 * API calls answered in JSON included, which never read them.
 */
@Configuration(proxyBeanMethods = false)
class PageModel implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	/** Fills a page's model; a value the handler set itself stays, and a redirect carries none of them. */
	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.wasCleared() || isRedirect(page)) {
			return;
		}
		page.getModel().putIfAbsent("currentActor", currentActor());
		page.getModel().putIfAbsent("roles", roles());
		page.getModel().putIfAbsent("currentPath", currentPath(request));
		page.getModel().putIfAbsent("lang", lang());
	}

	/** Exception handlers' pages are not passed to postHandle; they call this instead. */
	void fill(ModelAndView page, HttpServletRequest request) {
		page.addObject("currentActor", currentActor());
		page.addObject("roles", roles());
		page.addObject("currentPath", currentPath(request));
		page.addObject("lang", lang());
	}

	private static boolean isRedirect(ModelAndView page) {
		String name = page.getViewName();
		return name != null ? name.startsWith("redirect:")
				: page.getView() instanceof SmartView view && view.isRedirectView();
	}

	private static Actor currentActor() {
		return Actors.current().orElse(null);
	}

	/** The coarse authorities ("ROLE_OFFICIAL", "ROLE_SYSTEM_ADMIN"…) for showing navigation entries. */
	private static java.util.Set<String> roles() {
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || Actors.current().isEmpty()) {
			return java.util.Set.of();
		}
		return auth.getAuthorities().stream().map(a -> a.getAuthority())
				.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	private static String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	private static String lang() {
		return LocaleContextHolder.getLocale().getLanguage();
	}
}

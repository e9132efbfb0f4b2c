package vn.tinhso.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;

/** Values every page layout needs: the acting user, the current path (for the language switch), the language. */
@ControllerAdvice
class PageModel {

	@ModelAttribute("currentActor")
	Actor currentActor() {
		return Actors.current().orElse(null);
	}

	/** The coarse authorities ("ROLE_OFFICIAL", "ROLE_SYSTEM_ADMIN"…) for showing navigation entries. */
	@ModelAttribute("roles")
	java.util.Set<String> roles() {
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || Actors.current().isEmpty()) {
			return java.util.Set.of();
		}
		return auth.getAuthorities().stream().map(a -> a.getAuthority())
				.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	/** Exception handlers do not get @ModelAttribute values; they call this instead. */
	void fill(org.springframework.web.servlet.ModelAndView page, HttpServletRequest request) {
		page.addObject("currentActor", currentActor());
		page.addObject("roles", roles());
		page.addObject("currentPath", currentPath(request));
		page.addObject("lang", lang());
	}

	@ModelAttribute("lang")
	String lang() {
		return LocaleContextHolder.getLocale().getLanguage();
	}
}

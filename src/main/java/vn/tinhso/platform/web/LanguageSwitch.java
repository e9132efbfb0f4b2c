package vn.tinhso.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/** {@code ?lang=vi|en} switches the language; other values are ignored rather than stored. */
class LanguageSwitch implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if ("vi".equals(lang) || "en".equals(lang)) {
			var resolver = RequestContextUtils.getLocaleResolver(request);
			if (resolver != null) {
				resolver.setLocale(request, response, Locale.forLanguageTag(lang));
			}
		}
		return true;
	}
}

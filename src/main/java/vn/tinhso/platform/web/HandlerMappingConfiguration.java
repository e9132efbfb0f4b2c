package vn.tinhso.platform.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Spring MVC's handler lookup with a cheap first test ({@link PrefixFilteredHandlerMapping}). */
@Configuration(proxyBeanMethods = false)
class HandlerMappingConfiguration implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new PrefixFilteredHandlerMapping();
	}
}

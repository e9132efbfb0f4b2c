package vn.tinhso.platform.capacity;

import java.time.Duration;
import java.util.EnumSet;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.platform.Problems;

/** Load shedding: lanes with bounded places and queues at the door, 503 instead of 500 when the database is away. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CapacityProperties.class)
class CapacityConfiguration {

	/**
	 * After character encoding and the HTTP request metrics (so refusals show in
	 * {@code http.server.requests}), before the session store (Integer.MIN_VALUE + 50) and security.
	 */
	static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	/** Sessions and credentials remembered as signed in, at most (a few MB). */
	static final int SIGNED_IN_KEPT = 50_000;

	@Bean
	AdmissionControl admissionControl(CapacityProperties properties, MeterRegistry registry) {
		AdmissionControl admissions = new AdmissionControl(properties);
		for (Lane lane : Lane.values()) {
			Bulkhead places = admissions.lane(lane);
			Gauge.builder("tinhso.capacity.in.flight", places, Bulkhead::inFlight).tag("lane", lane.tag())
					.description("Requests running in the lane").register(registry);
			Gauge.builder("tinhso.capacity.waiting", places, Bulkhead::waiting).tag("lane", lane.tag())
					.description("Requests waiting for a place in the lane").register(registry);
		}
		return admissions;
	}

	@Bean
	ShedMeter shedMeter(MeterRegistry registry) {
		return new ShedMeter(registry);
	}

	@Bean
	Refusals refusals(Problems problems, MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
		return new Refusals(problems, messages, localeResolver, json);
	}

	@Bean
	DatabaseFailureResolver databaseFailureResolver(Refusals refusals, ShedMeter meter, CapacityProperties properties) {
		return new DatabaseFailureResolver(refusals, meter, properties);
	}

	/** Session cookies and credentials seen signed in, for as long as an idle session lives. */
	@Bean
	ClientKeys capacityClientKeys(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
			@Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration sessionTimeout) {
		return new ClientKeys(sessionCookie, new SignedInClients(SIGNED_IN_KEPT, sessionTimeout));
	}

	@Bean
	WebMvcConfigurer capacityHandlerReached(ClientKeys clients) {
		HandlerReached reached = new HandlerReached(clients);
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(reached).order(Ordered.HIGHEST_PRECEDENCE);
			}
		};
	}

	@Bean
	FilterRegistrationBean<CapacityFilter> capacityFilter(CapacityProperties properties, AdmissionControl admissions,
			Refusals refusals, ShedMeter meter, ClientKeys clients) {
		CapacityFilter filter = new CapacityFilter(properties, clients, admissions, refusals, meter);
		FilterRegistrationBean<CapacityFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName("capacityFilter");
		registration.setOrder(FILTER_ORDER);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
		return registration;
	}
}

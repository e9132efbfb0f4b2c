package vn.tinhso.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The platform's clock, in the province's time zone (one bean, so time can be reasoned about), and
 * asynchronous event listeners, so that notifications never slow down the request that caused them.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(ProvinceTime.ZONE);
	}
}

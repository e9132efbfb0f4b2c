package vn.tinhso.exchange.delivery;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled methods, for {@link RetryScheduler}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeliveryConfiguration {
}

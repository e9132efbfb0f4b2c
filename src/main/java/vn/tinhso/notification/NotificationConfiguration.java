package vn.tinhso.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Falls back to logging short messages when the deployment provides no {@link SmsGateway}. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	@ConditionalOnMissingBean(SmsGateway.class)
	SmsGateway loggingSmsGateway() {
		return new LoggingSmsGateway();
	}
}

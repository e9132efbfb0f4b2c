package vn.tinhso.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Falls back to logging short messages and Zalo messages when the deployment provides no gateway of its own. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	@ConditionalOnMissingBean(SmsGateway.class)
	SmsGateway loggingSmsGateway() {
		return new LoggingSmsGateway();
	}

	@Bean
	@ConditionalOnMissingBean(ZaloGateway.class)
	ZaloGateway loggingZaloGateway() {
		return new LoggingZaloGateway();
	}
}

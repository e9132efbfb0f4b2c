package vn.tinhso.feedback.report;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link FeedbackProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedbackProperties.class)
class FeedbackConfiguration {
}

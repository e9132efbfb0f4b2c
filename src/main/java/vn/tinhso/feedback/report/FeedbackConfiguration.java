package vn.tinhso.feedback.report;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Binds {@link FeedbackProperties}; runs the overdue job ({@link EscalationSchedule}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(FeedbackProperties.class)
class FeedbackConfiguration {
}

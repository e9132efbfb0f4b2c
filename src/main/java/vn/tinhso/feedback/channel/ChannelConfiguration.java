package vn.tinhso.feedback.channel;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the settings of reports from guests and from the chat-platform webhook. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ GuestProperties.class, ZaloProperties.class })
class ChannelConfiguration {
}

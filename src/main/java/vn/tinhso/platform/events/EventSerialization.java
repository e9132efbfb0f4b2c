package vn.tinhso.platform.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;

import tools.jackson.databind.json.JsonMapper;

/**
 * How events are written to the publication registry (the outbox) and read back on redelivery.
 * Spring Modulith's default serializer looks its mapper up in the bean factory for every event, a
 * tenth of the CPU of a dossier action; this one holds the application's mapper.
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

	@Bean
	EventSerializer eventSerializer(JsonMapper json) {
		return new EventSerializer() {
			@Override
			public Object serialize(Object event) {
				return json.writeValueAsString(event);
			}

			@Override
			public <T> T deserialize(Object serialized, Class<T> type) {
				return json.readValue(serialized.toString(), type);
			}
		};
	}
}

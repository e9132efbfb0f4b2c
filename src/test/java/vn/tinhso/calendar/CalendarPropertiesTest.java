package vn.tinhso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CalendarPropertiesTest {

	private static WorkingHours bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values))
				.bindOrCreate("tinhso.calendar", CalendarProperties.class).hours();
	}

	@Test
	void defaultsAreTheStandardOfficeHours() {
		assertThat(bind(Map.of())).isEqualTo(WorkingHours.STANDARD);
	}

	@Test
	void aProvinceMaySetItsOwnHoursAndCutOff() {
		WorkingHours hours = bind(Map.of("tinhso.calendar.cut-off", "15:00", "tinhso.calendar.afternoon-end", "17:30"));
		assertThat(hours.cutOff()).isEqualTo(LocalTime.of(15, 0));
		assertThat(hours.day().toMinutes()).isEqualTo(8 * 60 + 30);
	}
}

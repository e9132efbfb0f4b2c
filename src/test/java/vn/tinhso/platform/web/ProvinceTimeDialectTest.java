package vn.tinhso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.StringTemplateResolver;


/** Times read from the database in UTC are shown to people in province time (UTC+7). */
class ProvinceTimeDialectTest {

	@Test
	void anInstantFromTheDatabaseIsShownInProvinceTimeAndADateAsItIs() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		engine.addDialect(new ProvinceTimeDialect());
		Context context = new Context();
		context.setVariable("due", OffsetDateTime.of(2026, 12, 31, 10, 0, 0, 0, ZoneOffset.UTC));
		context.setVariable("late", OffsetDateTime.of(2026, 12, 31, 20, 30, 0, 0, ZoneOffset.UTC));
		context.setVariable("day", LocalDate.of(2027, 2, 6));
		String html = engine.process("<p th:text=\"${#times.format(due, 'dd/MM/yyyy HH:mm')}\"></p>"
				+ "<p th:text=\"${#times.format(late, 'dd/MM/yyyy HH:mm')}\"></p>"
				+ "<p th:text=\"${#times.format(day, 'dd/MM/yyyy')}\"></p>"
				+ "<p th:text=\"${#times.format(null, 'dd/MM/yyyy')} ?: '—'\"></p>", context);
		assertThat(html).isEqualTo("<p>31/12/2026 17:00</p><p>01/01/2027 03:30</p><p>06/02/2027</p><p>—</p>");
	}
}

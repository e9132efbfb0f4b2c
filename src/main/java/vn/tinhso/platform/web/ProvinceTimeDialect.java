package vn.tinhso.platform.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import vn.tinhso.platform.ProvinceTime;

/**
 * {@code #times.format(value, pattern)} in templates: instants are shown in the province's time zone.
 * The PostgreSQL driver hands every {@code timestamptz} back in UTC, and {@code #temporals.format} prints
 * an {@link OffsetDateTime} in its own offset, which would show an officer a 17:00 deadline as 10:00.
 */
@Component
class ProvinceTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "times";

	ProvinceTimeDialect() {
		super("province-time");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? Times.INSTANCE : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}

	/** The object behind {@code #times}. */
	public static final class Times {

		static final Times INSTANCE = new Times();

		/** The value in the pattern; instants in province time; null gives null, as #temporals does. */
		public String format(Object value, String pattern) {
			TemporalAccessor local;
			if (value == null) {
				return null;
			}
			else if (value instanceof OffsetDateTime t) {
				local = t.atZoneSameInstant(ProvinceTime.ZONE);
			}
			else if (value instanceof ZonedDateTime t) {
				local = t.withZoneSameInstant(ProvinceTime.ZONE);
			}
			else if (value instanceof Instant t) {
				local = t.atZone(ProvinceTime.ZONE);
			}
			else if (value instanceof TemporalAccessor t) {
				local = t;
			}
			else {
				throw new IllegalArgumentException("not a date or time: " + value.getClass().getName());
			}
			return DateTimeFormatter.ofPattern(pattern).format(local);
		}
	}
}

package vn.tinhso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Optional form fields: blank is null, good values parse, every wrong one is reported with its own code. */
class FormFieldsTest {

	@Test
	void blanksAreNullAndGoodValuesParseAfterTrimming() {
		List<FieldProblem> bad = new ArrayList<>();
		assertThat(FormFields.date("d", "  ", bad)).isNull();
		assertThat(FormFields.whole("n", null, "x.n", bad)).isNull();
		assertThat(FormFields.id("i", "", "x.i", bad)).isNull();
		assertThat(FormFields.date("d", " 2027-02-06 ", bad)).isEqualTo(LocalDate.of(2027, 2, 6));
		assertThat(FormFields.whole("n", "12", "x.n", bad)).isEqualTo(12);
		assertThat(FormFields.id("i", " 9000000000 ", "x.i", bad)).isEqualTo(9_000_000_000L);
		assertThat(bad).isEmpty();
	}

	@Test
	void everyWrongFieldIsCollectedWithItsCode() {
		List<FieldProblem> bad = new ArrayList<>();
		assertThat(FormFields.date("dueOn", "31/02/2027", bad)).isNull();
		assertThat(FormFields.whole("pageCount", "ba", "document.page-count", bad)).isNull();
		assertThat(FormFields.id("replyTo", " 12a ", "document.reply.unknown", bad)).isNull();
		assertThat(bad).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
				org.assertj.core.groups.Tuple.tuple("dueOn", "value.wrong-type"),
				org.assertj.core.groups.Tuple.tuple("pageCount", "document.page-count"),
				org.assertj.core.groups.Tuple.tuple("replyTo", "document.reply.unknown"));
		assertThat(bad.get(2).args()).containsExactly("12a");
	}
}

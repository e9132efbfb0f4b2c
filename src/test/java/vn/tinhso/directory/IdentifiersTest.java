package vn.tinhso.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

	@Test
	void personalIdNeedsTwelveDigitsAKnownProvinceAndAPastBirthYear() {
		assertThat(PersonalId.problem("027090001234")).isNull();
		assertThat(PersonalId.birthYear("027090001234")).isEqualTo(1990);
		assertThat(PersonalId.birthYear("001305001234")).isEqualTo(2005);
		assertThat(PersonalId.problem("02709000123")).isEqualTo("personal-id.format");
		assertThat(PersonalId.problem("02709000123a")).isEqualTo("personal-id.format");
		assertThat(PersonalId.problem(null)).isEqualTo("personal-id.format");
		assertThat(PersonalId.problem("003090001234")).isEqualTo("personal-id.province");
		assertThat(PersonalId.problem("097090001234")).isEqualTo("personal-id.province");
		assertThat(PersonalId.problem("027499001234")).isEqualTo("personal-id.birth-year");
		assertThat(PersonalId.problem("027399001234")).isEqualTo("personal-id.birth-year");
	}

	@Test
	void taxCodeCheckDigitAndBranch() {
		assertThat(TaxCode.problem("0100109106")).isNull();
		assertThat(TaxCode.problem("0100109106-001")).isNull();
		assertThat(TaxCode.problem("0100109106001")).isNull();
		assertThat(TaxCode.normalize("0100109106-001")).isEqualTo("0100109106001");
		assertThat(TaxCode.problem("0100109107")).isEqualTo("tax-code.checksum");
		assertThat(TaxCode.problem("0100109106-000")).isEqualTo("tax-code.branch");
		assertThat(TaxCode.problem("010010910")).isEqualTo("tax-code.format");
		assertThat(TaxCode.problem("01001091061")).isEqualTo("tax-code.format");
		assertThat(TaxCode.problem("ABCDEFGHIJ")).isEqualTo("tax-code.format");
	}
}

package vn.tinhso.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "000.00.00.H56", "000.17.22.H56", "001.00.10.H47", "123.45.67.G01" })
	void wellFormedCodes(String code) {
		assertThat(AgencyCode.isWellFormed(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "000.00.00", "00.00.00.H56", "000.00.00.h56", "000.00.00.H5", "000-00-00-H56",
			"000.00.00.H56 ", "a00.00.00.H56", "000.00.00.HH6" })
	void malformedCodes(String code) {
		assertThat(AgencyCode.isWellFormed(code)).isFalse();
		assertThatThrownBy(() -> new AgencyCode(code)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void depthFollowsTheMostSpecificNonZeroLevel() {
		assertThat(new AgencyCode("000.00.00.H56").depth()).isEqualTo(1);
		assertThat(new AgencyCode("000.00.22.H56").depth()).isEqualTo(2);
		assertThat(new AgencyCode("000.17.22.H56").depth()).isEqualTo(3);
		assertThat(new AgencyCode("001.17.22.H56").depth()).isEqualTo(4);
		assertThat(new AgencyCode("001.00.10.H47").depth()).isEqualTo(4);
		assertThat(new AgencyCode("000.00.00.H56").isRoot()).isTrue();
	}

	@Test
	void ancestorsAreFoundByZeroingMoreSpecificLevels() {
		AgencyCode province = new AgencyCode("000.00.00.H56");
		AgencyCode district = new AgencyCode("000.00.22.H56");
		AgencyCode commune = new AgencyCode("000.17.22.H56");
		assertThat(district.isAncestorOf(commune)).isTrue();
		assertThat(province.isAncestorOf(commune)).isTrue();
		assertThat(province.isAncestorOf(district)).isTrue();
		assertThat(commune.isAncestorOf(district)).isFalse();
		assertThat(commune.isAncestorOf(commune)).isFalse();
		assertThat(new AgencyCode("000.00.23.H56").isAncestorOf(commune)).isFalse();
		assertThat(new AgencyCode("000.00.00.H27").isAncestorOf(commune)).isFalse();
		// A skipped level: a level-4 unit directly under a level-2 unit.
		assertThat(new AgencyCode("000.00.10.H47").isAncestorOf(new AgencyCode("001.00.10.H47"))).isTrue();
		assertThat(new AgencyCode("000.01.10.H47").isAncestorOf(new AgencyCode("001.00.10.H47"))).isFalse();
	}
}

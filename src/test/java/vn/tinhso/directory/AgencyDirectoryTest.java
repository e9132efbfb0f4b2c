package vn.tinhso.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.support.IntegrationTest;

/** The directory as other modules see it. */
class AgencyDirectoryTest extends IntegrationTest {

	@Autowired
	AgencyDirectory directory;

	@Test
	void findsAnAgencyWithItsParentAndItsSubtree() {
		String dept = fixtures.department();
		String unit = fixtures.unitUnder(dept);
		String other = fixtures.department();
		AgencySummary found = directory.findByCode(unit).orElseThrow();
		assertThat(found.parentCode()).isEqualTo(dept);
		assertThat(found.kind()).isEqualTo(AgencyKind.COMMUNE);
		assertThat(directory.findById(found.id())).contains(found);
		assertThat(directory.subtree(fixtures.agencyId(dept))).extracting(AgencySummary::code)
				.containsExactly(dept, unit).doesNotContain(other);
		assertThat(directory.findByCode("000.00.00.X00")).isEmpty();
	}
}

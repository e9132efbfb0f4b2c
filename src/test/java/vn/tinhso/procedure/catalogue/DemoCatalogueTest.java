package vn.tinhso.procedure.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.directory.AgencyKind;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureLevel;

/** The demo catalogue passes the same rules as any administrator's import. */
class DemoCatalogueTest {

	private static final Map<String, AgencyKind> DEMO_AGENCIES = Map.ofEntries(
			Map.entry("000.00.00.H27", AgencyKind.PROVINCE), Map.entry("000.00.02.H27", AgencyKind.DEPARTMENT),
			Map.entry("000.00.03.H27", AgencyKind.DEPARTMENT), Map.entry("000.00.04.H27", AgencyKind.DEPARTMENT),
			Map.entry("000.00.05.H27", AgencyKind.DEPARTMENT), Map.entry("000.00.06.H27", AgencyKind.DEPARTMENT),
			Map.entry("000.00.07.H27", AgencyKind.DEPARTMENT), Map.entry("000.00.09.H27", AgencyKind.DEPARTMENT),
			Map.entry("000.00.10.H27", AgencyKind.DEPARTMENT), Map.entry("000.00.11.H27", AgencyKind.DEPARTMENT),
			Map.entry("000.00.25.H27", AgencyKind.PROVINCIAL_UNIT));

	@Test
	void everyDemoProcedureIsValidAndTheCatalogueCoversSeveralFields() throws IOException {
		List<Procedure> demo = new DemoProcedures(null, null, null, JsonMapper.builder().build(), true).read();
		assertThat(demo).hasSizeGreaterThanOrEqualTo(30);
		for (Procedure p : demo) {
			assertThat(ProcedureRules.check(p, code -> Optional.ofNullable(DEMO_AGENCIES.get(code))))
					.as(p.code() + " " + p.name()).isEmpty();
		}
		assertThat(demo.stream().map(Procedure::code).distinct()).hasSize(demo.size());
		assertThat(demo.stream().map(Procedure::field).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(8);
		assertThat(demo).anyMatch(p -> p.level() == ProcedureLevel.COMMUNE).anyMatch(p -> p.level() == ProcedureLevel.PROVINCE);
	}
}

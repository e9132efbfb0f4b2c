package vn.tinhso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TinhSoApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void theModulesOfDesignMdExist() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
				.contains("platform", "audit", "directory", "portal");
	}

	@Test
	void writesModuleDocumentation() throws java.io.IOException {
		Documenter documenter = new Documenter(modules);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		java.nio.file.Path docs = java.nio.file.Path.of("target", "spring-modulith-docs");
		assertThat(java.nio.file.Files.readString(docs.resolve("components.puml"))).contains("Directory", "Audit", "Calendar");
		assertThat(docs.resolve("module-directory.puml")).exists();
	}
}

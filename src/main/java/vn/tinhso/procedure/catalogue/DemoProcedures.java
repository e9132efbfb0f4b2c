package vn.tinhso.procedure.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.procedure.Procedure;

/**
 * The demo province's procedure catalogue, imported on first start through the same checks as an
 * administrator's import, and only into an empty catalogue of the demo province; each official form it
 * names gets a generated blank form to download.
 */
@Component
@Order(2)
class DemoProcedures implements ApplicationRunner {

	static final String DEMO_PROVINCE = "000.00.00.H27";
	private static final Logger log = LoggerFactory.getLogger(DemoProcedures.class);

	private final ProcedureService service;
	private final DemoTemplates templates;
	private final AgencyDirectory agencies;
	private final JsonMapper json;
	private final boolean enabled;

	DemoProcedures(ProcedureService service, DemoTemplates templates, AgencyDirectory agencies, JsonMapper json,
			@Value("${tinhso.demo.enabled:true}") boolean enabled) {
		this.service = service;
		this.templates = templates;
		this.agencies = agencies;
		this.json = json;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (enabled && service.isEmpty() && agencies.findByCode(DEMO_PROVINCE).isPresent()) {
			List<Procedure> procedures = read();
			var report = service.importAll(procedures);
			int forms = templates.attachAll(procedures);
			log.info("Demo procedure catalogue loaded: {} procedures, {} form templates", report.created(), forms);
		}
	}

	List<Procedure> read() throws IOException {
		try (InputStream in = new ClassPathResource("demo/procedures.json").getInputStream()) {
			return json.readValue(in, new TypeReference<List<Procedure>>() {
			});
		}
	}
}

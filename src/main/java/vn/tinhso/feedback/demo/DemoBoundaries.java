package vn.tinhso.feedback.demo;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.feedback.geo.CommuneMap;

/**
 * Boundaries of the demo province's communes and wards on first start. They are drawn for the demo
 * (cells around plausible places of Bắc Ninh), not the legal boundaries; a real installation imports
 * its own through {@code PUT /api/v1/feedback/boundaries}.
 */
@Component
@Order(2) // after the directory's demo province
class DemoBoundaries implements ApplicationRunner {

	static final String RESOURCE = "demo/feedback-boundaries.geojson";
	private static final String DEMO_PROVINCE = "000.00.00.H27";
	private static final Logger log = LoggerFactory.getLogger(DemoBoundaries.class);

	private final CommuneMap map;
	private final AgencyDirectory agencies;
	private final boolean enabled;

	DemoBoundaries(CommuneMap map, AgencyDirectory agencies, @Value("${tinhso.demo.enabled:true}") boolean enabled) {
		this.map = map;
		this.agencies = agencies;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled || !map.isEmpty() || agencies.findByCode(DEMO_PROVINCE).isEmpty()) {
			return;
		}
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			log.info("Demo commune boundaries loaded: {}", map.importGeoJson(in.readAllBytes()));
		}
	}
}

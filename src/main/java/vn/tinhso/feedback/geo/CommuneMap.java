package vn.tinhso.feedback.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencyKind;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/**
 * Which commune or ward a place lies in. The boundaries are held in memory (a province has about a
 * hundred), each tested by its bounding box before ray casting; they are re-read after an import
 * commits here and at least every minute, so imports on another node are seen too.
 */
@Service
public class CommuneMap {

	private static final long REFRESH_NANOS = 60_000_000_000L;
	private static final int MAX_FEATURES = 20_000;

	private final BoundaryRows rows;
	private final AgencyDirectory agencies;
	private final AuditLog audit;
	private final JsonMapper json;
	private volatile List<Boundary> boundaries;
	private volatile long loadedAt;

	CommuneMap(BoundaryRows rows, AgencyDirectory agencies, AuditLog audit, JsonMapper json) {
		this.rows = rows;
		this.agencies = agencies;
		this.audit = audit;
		this.json = json;
	}

	/** The commune or ward whose boundary contains the point, if any. */
	public Optional<Boundary> locate(double lat, double lon) {
		for (Boundary b : boundaries()) {
			if (b.area().contains(lat, lon)) {
				return Optional.of(b);
			}
		}
		return Optional.empty();
	}

	public List<Boundary> all() {
		return boundaries();
	}

	public boolean isEmpty() {
		return rows.count() == 0;
	}

	/**
	 * Stores (or replaces) the boundaries of a GeoJSON FeatureCollection whose features name their
	 * commune or ward in {@code properties.agency_code}. All or nothing: one bad feature refuses the file.
	 *
	 * @return how many boundaries were stored
	 */
	@Transactional
	public int importGeoJson(byte[] content) {
		List<Boundary> parsed = parse(content);
		parsed.forEach(rows::put);
		audit.record("feedback.boundary.import", "feedback_boundary", String.valueOf(parsed.size()),
				"codes=" + parsed.stream().map(Boundary::agencyCode).limit(20).toList());
		reloadAfterCommit();
		return parsed.size();
	}

	private List<Boundary> parse(byte[] content) {
		JsonNode root;
		try {
			root = json.readTree(content);
		}
		catch (JacksonException e) {
			throw DomainException.invalid("feedback.boundary.not-geojson");
		}
		if (root == null || !"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
			throw DomainException.invalid("feedback.boundary.not-geojson");
		}
		if (root.path("features").size() > MAX_FEATURES) {
			throw DomainException.invalid("feedback.boundary.too-many", MAX_FEATURES);
		}
		List<Boundary> parsed = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		int index = 0;
		for (JsonNode feature : root.path("features").values()) {
			String field = "features[" + index++ + "]";
			String code = feature.path("properties").path("agency_code").asString("").strip();
			Optional<AgencySummary> agency = agencies.findByCode(code);
			if (agency.isEmpty()) {
				problems.add(new FieldProblem(field, "feedback.boundary.agency-unknown", code));
				continue;
			}
			if (agency.get().kind() != AgencyKind.COMMUNE && agency.get().kind() != AgencyKind.WARD) {
				problems.add(new FieldProblem(field, "feedback.boundary.not-a-commune", code));
				continue;
			}
			try {
				JsonNode geometry = feature.get("geometry");
				String name = feature.path("properties").path("name").asString("").strip();
				parsed.add(new Boundary(code, name.isEmpty() ? agency.get().name() : truncate(name),
						GeoJson.area(geometry), json.writeValueAsString(geometry)));
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem(field, "feedback.boundary.geometry", code, e.getMessage()));
			}
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		if (parsed.isEmpty()) {
			throw DomainException.invalid("feedback.boundary.not-geojson");
		}
		return parsed;
	}

	private List<Boundary> boundaries() {
		List<Boundary> current = boundaries;
		if (current == null || System.nanoTime() - loadedAt > REFRESH_NANOS) {
			current = rows.all();
			boundaries = current;
			loadedAt = System.nanoTime();
		}
		return current;
	}

	private void reloadAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					boundaries = null;
				}
			});
		}
		else {
			boundaries = null;
		}
	}

	private static String truncate(String name) {
		return name.length() > 200 ? name.substring(0, 200) : name;
	}
}

package vn.tinhso.feedback.geo;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The boundary table. */
@Repository
class BoundaryRows {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	BoundaryRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Boundary> all() {
		return jdbc.sql("select agency_code, name, geometry from feedback_boundary order by agency_code")
				.query((rs, i) -> new Boundary(rs.getString(1), rs.getString(2), GeoJson.area(json.readTree(rs.getString(3))),
						rs.getString(3)))
				.list();
	}

	long count() {
		return jdbc.sql("select count(*) from feedback_boundary").query(Long.class).single();
	}

	void put(Boundary b) {
		Area a = b.area();
		jdbc.sql("""
				insert into feedback_boundary (agency_code, name, geometry, min_lat, min_lon, max_lat, max_lon)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (agency_code) do update set name = excluded.name, geometry = excluded.geometry,
				  min_lat = excluded.min_lat, min_lon = excluded.min_lon, max_lat = excluded.max_lat,
				  max_lon = excluded.max_lon, updated_at = now()""")
				.params(b.agencyCode(), b.name(), b.geometry(), a.minLat(), a.minLon(), a.maxLat(), a.maxLon()).update();
	}
}

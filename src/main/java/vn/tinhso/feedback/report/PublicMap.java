package vn.tinhso.feedback.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.tinhso.feedback.geo.Area;
import vn.tinhso.feedback.geo.Boundary;
import vn.tinhso.feedback.geo.CommuneMap;
import vn.tinhso.feedback.report.PublicReportFinder.Filter;
import vn.tinhso.feedback.report.PublicReportFinder.ViewPoints;

/**
 * What the public map shows. Zoomed out: how many visible reports match in each commune, with the
 * extent of the matches. Counting a million reports by commune takes 100–500 ms, so counts are kept in
 * memory for {@code tinhso.feedback.map.count-seconds} (60): the counts by commune, category and status
 * (a few thousand numbers), from which every filter without dates is summed together with the reports
 * sent since (read by id, a few index entries); and the counts of filters with dates (a day or a month: a
 * few milliseconds each) for at most {@code tinhso.feedback.map.count-filters} (256) of them. All are
 * dropped at once when a report is hidden or redacted here (another node's moderation is seen when its
 * counts expire). Status changes, and reports of filters with dates, show within that minute.
 * Zoomed in: the newest matches in the part of the map in view, read fresh.
 */
@Service
public class PublicMap {

	/**
	 * Above this many reports expected in a view (from the counts without filter), reading the newest first
	 * and keeping those inside stops sooner than reading every report inside through the spatial index
	 * (at a million reports: a view holding 133 000 took 84 ms one way and 3 ms the other, one holding
	 * 8 000 took 6 ms and about 60 ms).
	 */
	static final long CROWDED = 20_000;
	/**
	 * Up to this many matches the extent is their exact bounding box (read from the table: a few reports,
	 * maybe one, should be fitted closely); beyond, that of their communes, from memory.
	 */
	static final long EXACT_EXTENT_MAX = 50;

	/** The visible matches per commune (in the boundaries' order, zero included), their sum and extent. */
	public record CommuneTally(Map<String, Long> counts, long total, MapBox extent) {
	}

	private final PublicReportFinder finder;
	private final CommuneMap communes;
	/** The key of the one entry of {@link #cells}. */
	private static final String ALL_CELLS = "cells";

	private final ExpiringCache<String, PublicReportFinder.Cells> cells;
	private final ExpiringCache<Filter, CommuneTally> tallies;

	PublicMap(PublicReportFinder finder, CommuneMap communes, Environment env) {
		this.finder = finder;
		this.communes = communes;
		long ttl = Math.max(1, env.getProperty("tinhso.feedback.map.count-seconds", Long.class, 60L)) * 1_000_000_000L;
		int filters = env.getProperty("tinhso.feedback.map.count-filters", Integer.class, 256);
		this.cells = new ExpiringCache<>(ttl, 1, System::nanoTime);
		this.tallies = new ExpiringCache<>(ttl, Math.max(1, filters), System::nanoTime);
	}

	/** How many visible, located reports match the filter in each commune; at most a minute old. */
	public CommuneTally communes(Filter filter) {
		Filter f = filter.normalised();
		if (f.from() == null && f.to() == null) {
			return withExtent(f, summed(f));
		}
		return tallies.get(f, key -> withExtent(key, finder.communeCounts(key, codes(key))));
	}

	/** The newest visible matches inside the box, at most {@link PublicReportFinder#MAX_VIEW_POINTS}. */
	public ViewPoints pointsIn(Filter filter, MapBox box) {
		return finder.pointsIn(filter.normalised(), box, expectedInside(box) > CROWDED);
	}

	/**
	 * A report was hidden or redacted: forget every count once the change commits (before, a request could
	 * count the old state again and keep it), or now outside a transaction.
	 */
	void moderated() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget();
				}
			});
		}
		else {
			forget();
		}
	}

	private void forget() {
		cells.clear();
		tallies.clear();
	}

	/** The communes the filter counts in, in the boundaries' order. */
	private List<String> codes(Filter filter) {
		List<String> codes = new ArrayList<>();
		for (Boundary b : communes.all()) {
			if (filter.commune() == null || filter.commune().equals(b.agencyCode())) {
				codes.add(b.agencyCode());
			}
		}
		return codes;
	}

	/** The counts of a filter without dates, summed from the cells. */
	private Map<String, Long> summed(Filter filter) {
		Map<String, Long> counts = new LinkedHashMap<>();
		codes(filter).forEach(code -> counts.put(code, 0L));
		PublicReportFinder.Cells kept = cells.get(ALL_CELLS, key -> finder.cells());
		List<PublicReportFinder.Cell> all = new ArrayList<>(kept.cells());
		all.addAll(finder.cellsAfter(kept.lastId())); // sent since: on the map at once
		for (PublicReportFinder.Cell c : all) {
			if ((filter.category() == null || filter.category().equals(c.category()))
					&& (filter.status() == null || filter.status() == c.status()) && counts.containsKey(c.commune())) {
				counts.merge(c.commune(), c.count(), Long::sum);
			}
		}
		return counts;
	}

	/** The counts with their sum and the extent of the matches. */
	private CommuneTally withExtent(Filter filter, Map<String, Long> counts) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		MapBox extent = null;
		if (total > 0 && total <= EXACT_EXTENT_MAX) {
			extent = finder.extent(filter).orElse(null);
		}
		else if (total > 0) {
			for (Boundary b : communes.all()) {
				if (counts.getOrDefault(b.agencyCode(), 0L) > 0) {
					MapBox box = box(b.area());
					extent = extent == null ? box : extent.union(box);
				}
			}
		}
		return new CommuneTally(Collections.unmodifiableMap(counts), total, extent);
	}

	/** How many visible reports the box holds, supposing each commune's spread evenly over its bounding box. */
	private double expectedInside(MapBox view) {
		Map<String, Long> counts = communes(Filter.NONE).counts();
		double expected = 0;
		for (Boundary b : communes.all()) {
			long n = counts.getOrDefault(b.agencyCode(), 0L);
			if (n > 0) {
				expected += n * box(b.area()).shareInside(view);
			}
		}
		return expected;
	}

	private static MapBox box(Area a) {
		return new MapBox(a.minLon(), a.minLat(), a.maxLon(), a.maxLat());
	}
}

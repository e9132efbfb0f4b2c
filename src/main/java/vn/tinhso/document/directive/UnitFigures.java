package vn.tinhso.document.directive;

/**
 * How a lead unit did with the directives given to it in a period: assigned (cancelled ones left out),
 * done on time, done late, still open and not yet due, open and overdue now, cancelled. The on-time rate
 * is done-on-time over everything whose outcome is known (done, or already late): null when nothing is.
 */
public record UnitFigures(String agencyCode, String name, long assigned, long doneOnTime, long doneLate,
		long openNotDue, long overdue, long cancelled, Double onTimeRate) {

	static UnitFigures of(String agencyCode, String name, long assigned, long doneOnTime, long doneLate,
			long openNotDue, long overdue, long cancelled) {
		long known = doneOnTime + doneLate + overdue;
		Double rate = known == 0 ? null : Math.round(1000.0 * doneOnTime / known) / 10.0;
		return new UnitFigures(agencyCode, name, assigned, doneOnTime, doneLate, openNotDue, overdue, cancelled, rate);
	}
}

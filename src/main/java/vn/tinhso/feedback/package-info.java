/**
 * Field reports (phản ánh hiện trường): a citizen reports a problem at a place with photos; the place
 * is mapped to its commune or ward (point in polygon over boundaries loaded as GeoJSON); the IOC
 * verifies, rejects, merges duplicates and assigns the responsible agency; the agency's handler
 * answers in public within working-day deadlines from the calendar. Every step is kept as history.
 * Other applications report and read through Open311 GeoReport v2 under {@code /open311/v2}.
 * Publishes {@link vn.tinhso.feedback.FeedbackChanged} after each step for the notification module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Field reports")
package vn.tinhso.feedback;

package vn.tinhso.feedback.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.feedback.photo.FeedbackPhotos;
import vn.tinhso.feedback.photo.Rectangle;
import vn.tinhso.feedback.photo.StoredPhoto;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;

/**
 * Moderation of photos before publication: an IOC operator blacks out or blurs rectangles (a face, a
 * number plate, a house number) of a report's published copy. The copy is replaced; the original stays
 * for the officials concerned; the history keeps an internal entry.
 */
@Service
public class PhotoRedactions {

	private final FieldReports reports;
	private final ReportAccess access;
	private final FeedbackPhotos photos;
	private final AuditLog audit;
	private final Clock clock;

	PhotoRedactions(FieldReports reports, ReportAccess access, FeedbackPhotos photos, AuditLog audit, Clock clock) {
		this.reports = reports;
		this.access = access;
		this.photos = photos;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public ReportPhoto redact(Actor actor, String code, long photoId, List<Rectangle> rectangles, boolean blur) {
		Report r = reports.lock(code).orElseThrow(() -> DomainException.notFound("feedback.report.not-found", code));
		if (access.relations(actor, r).isEmpty()) {
			throw DomainException.notFound("feedback.report.not-found", code);
		}
		if (!access.isOperator(actor)) {
			throw DomainException.forbidden("feedback.action.forbidden", Action.REDACT_PHOTO);
		}
		ReportPhoto photo = reports.photos(r.id()).stream().filter(p -> p.id() == photoId && p.publishable()).findFirst()
				.orElseThrow(() -> DomainException.notFound("file.not-found"));
		StoredPhoto redacted = photos.redact(new StoredPhoto(photo.originalSha256(), photo.publicSha256(), photo.width(),
				photo.height()), rectangles, blur);
		reports.replacePublished(photo.id(), redacted.publicSha256());
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		String note = "Ảnh " + photo.id() + ": " + rectangles.size() + (blur ? " vùng làm mờ" : " vùng che đen");
		reports.append(r.id(), new ReportEvent(0, now, actor.accountId(), actor.displayName(), Action.REDACT_PHOTO, r.status(),
				r.status(), r.agencyCode(), note, false, false));
		audit.record("feedback.photo.redact", "feedback_report", r.code(), note);
		return reports.photos(r.id()).stream().filter(p -> p.id() == photoId).findFirst().orElseThrow();
	}
}

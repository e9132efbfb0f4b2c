package vn.tinhso.feedback.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.feedback.photo.Rectangle;
import vn.tinhso.feedback.report.PhotoRedactions;
import vn.tinhso.feedback.report.ReportPhoto;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;

@RestController
@Tag(name = "Phản ánh hiện trường (field reports)")
class PhotoRedactionApi {

	/** mode: BLACK (default) or BLUR; rectangles in the published copy's pixels. */
	record Redaction(String mode, List<Rectangle> rectangles) {
	}

	record Redacted(long id, String purpose, int width, int height, String url) {
	}

	private final PhotoRedactions redactions;

	PhotoRedactionApi(PhotoRedactions redactions) {
		this.redactions = redactions;
	}

	@PostMapping("/api/v1/feedback/reports/{code}/photos/{id}/redact")
	@Operation(summary = "Black out or blur rectangles of a published photo (IOC operators); the original is kept")
	Redacted redact(@PathVariable String code, @PathVariable long id, @RequestBody Redaction body) {
		String mode = body.mode() == null ? "BLACK" : body.mode().strip().toUpperCase(Locale.ROOT);
		if (!mode.equals("BLACK") && !mode.equals("BLUR")) {
			throw DomainException.invalid("feedback.redaction.mode");
		}
		ReportPhoto p = redactions.redact(Actors.require(), code, id,
				body.rectangles() == null ? List.of() : body.rectangles(), mode.equals("BLUR"));
		return new Redacted(p.id(), p.purpose(), p.width(), p.height(),
				"/api/v1/feedback/reports/" + code + "/photos/" + p.id());
	}
}

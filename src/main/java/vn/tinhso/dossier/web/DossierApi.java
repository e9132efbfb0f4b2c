package vn.tinhso.dossier.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.dossier.Channel;
import vn.tinhso.dossier.core.ActionRequest;
import vn.tinhso.dossier.core.Applicant;
import vn.tinhso.dossier.core.Dossier;
import vn.tinhso.dossier.core.DossierService;
import vn.tinhso.dossier.core.DossierSummary;
import vn.tinhso.dossier.core.Dossiers;
import vn.tinhso.dossier.core.InboxQuery;
import vn.tinhso.dossier.core.PublicLookup;
import vn.tinhso.dossier.core.PublicStatus;
import vn.tinhso.dossier.core.Submission;
import vn.tinhso.dossier.papers.ReceiptSlip;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.PageOf;
import vn.tinhso.platform.Versions;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hồ sơ (dossiers)", description = "Nộp, tiếp nhận, xử lý, trả kết quả hồ sơ thủ tục hành chính")
class DossierApi {

	private final DossierService service;
	private final Dossiers dossiers;
	private final PublicLookup lookup;
	private final ReceiptSlip receipts;

	DossierApi(DossierService service, Dossiers dossiers, PublicLookup lookup, ReceiptSlip receipts) {
		this.service = service;
		this.dossiers = dossiers;
		this.lookup = lookup;
		this.receipts = receipts;
	}

	@PostMapping(path = "/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Submit a dossier: online by the applicant, or at the desk/by post by a one-stop officer",
			description = "Files go in parts named component-<paper code>. Idempotency-Key (a UUID) makes a retry return the same dossier.")
	ResponseEntity<DossierResource> submit(@RequestParam String procedureCode, @RequestParam String agencyCode,
			@RequestParam(defaultValue = "ONLINE") Channel channel, @RequestParam(defaultValue = "false") boolean declared,
			@RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestParam(required = false) String applicantKind, @RequestParam(required = false) String applicantName,
			@RequestParam(required = false) String applicantIdNumber, @RequestParam(required = false) String applicantEmail,
			@RequestParam(required = false) String applicantPhone, @RequestParam(required = false) String applicantAddress,
			HttpServletRequest request) {
		Actor actor = Actors.require();
		Applicant desk = new Applicant(null, applicantKind, applicantName, applicantIdNumber, applicantEmail, applicantPhone,
				applicantAddress);
		Dossier d = service.submitAndView(actor, new Submission(procedureCode, agencyCode, channel, key(idempotencyKey),
				desk, Uploads.of(request), declared));
		return ResponseEntity.created(URI.create("/api/v1/dossiers/" + d.code())).body(resource(actor, d));
	}

	@GetMapping("/dossiers/{code}")
	ResponseEntity<DossierResource> get(@PathVariable String code) {
		DossierResource r = resource(Actors.require(), code);
		return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(r);
	}

	@PostMapping("/dossiers/{code}/actions/{action}")
	@Operation(summary = "Take a workflow action (RECEIVE, HAND_OVER, APPROVE, REQUEST_SUPPLEMENT, SUPPLEMENT, RETURN_RESULT…)",
			description = "If-Match with the ETag you read refuses the action when the dossier changed meanwhile.")
	@Parameters({
			@Parameter(name = "delivery", in = ParameterIn.QUERY, description = "For RETURN_RESULT: DESK, POST or ONLINE;"
					+ " by default the electronic copy when there is one, else the applicant at the desk"),
			@Parameter(name = "receiverName", in = ParameterIn.QUERY, description = "For RETURN_RESULT at the desk or by post"),
			@Parameter(name = "receiverIdNumber", in = ParameterIn.QUERY, description = "For RETURN_RESULT at the desk"),
			@Parameter(name = "postalTracking", in = ParameterIn.QUERY, description = "For RETURN_RESULT by post") })
	ResponseEntity<DossierResource> act(@PathVariable String code, @PathVariable String action,
			@RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newAppointment,
			@Parameter(description = "For HAND_OVER, APPROVE and REFUSE: username of the official to take the next step")
			@RequestParam(required = false) String assignee,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, HttpServletRequest request) {
		Actor actor = Actors.require();
		int version = Versions.fromIfMatch(ifMatch, ActionRequest.ANY_VERSION);
		var acted = service.act(actor, code, new ActionRequest(action, note, newAppointment, Uploads.of(request), version)
				.withAssignee(assignee).withDelivery(DeliveryFields.of(request)));
		Dossier d = acted.dossier();
		DossierResource r = DossierResource.of(d, acted.next(), dossiers.files(d.id()), dossiers.history(d.id()),
				dossiers.deliveryOf(d).orElse(null));
		return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(r);
	}

	@GetMapping("/dossiers/mine")
	@Operation(summary = "The signed-in applicant's dossiers, newest first")
	PageOf<DossierSummary> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return service.mine(Actors.require(), Math.max(0, page), Math.min(100, Math.max(1, size)));
	}

	@GetMapping("/dossiers/inbox")
	@Operation(summary = "An official's work list (due=soon|overdue, mine=true for the steps of their roles)")
	PageOf<DossierSummary> inbox(@RequestParam(required = false) String q, @RequestParam(required = false) Integer status,
			@RequestParam(required = false) String due, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) String agency, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return service.inbox(Actors.require(), new InboxQuery(q, status, due, mine, agency, page, size));
	}

	@GetMapping("/dossiers/{code}/files/{id}")
	ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long id) {
		var content = service.file(Actors.require(), code, id);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.file().mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(content.file().fileName(), StandardCharsets.UTF_8).build().toString())
				.body(content.content());
	}

	@GetMapping("/dossiers/{code}/receipt.pdf")
	@Operation(summary = "The receipt and appointment slip, with a QR code to the public status page")
	ResponseEntity<byte[]> receipt(@PathVariable String code) {
		Dossier d = service.view(Actors.require(), code);
		byte[] pdf = receipts.render(d, dossiers.history(d.id()), dossiers.files(d.id()));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(code + ".pdf").build().toString())
				.body(pdf);
	}

	@GetMapping("/lookup/{code}")
	@Operation(summary = "Public status of a dossier by its code: progress without personal data")
	PublicStatus lookup(@PathVariable String code) {
		return lookup.find(code);
	}

	private DossierResource resource(Actor actor, String code) {
		return resource(actor, service.view(actor, code));
	}

	private DossierResource resource(Actor actor, Dossier d) {
		return DossierResource.of(d, service.available(actor, d), dossiers.files(d.id()), dossiers.history(d.id()),
				dossiers.deliveryOf(d).orElse(null));
	}

	private static UUID key(String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return UUID.randomUUID();
		}
		try {
			return UUID.fromString(idempotencyKey.strip());
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("dossier.submission-key.format");
		}
	}
}

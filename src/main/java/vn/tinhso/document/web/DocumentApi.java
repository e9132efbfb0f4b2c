package vn.tinhso.document.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.document.core.AssignmentInput;
import vn.tinhso.document.core.Direction;
import vn.tinhso.document.core.Document;
import vn.tinhso.document.core.DocumentDetail;
import vn.tinhso.document.core.DocumentQueries;
import vn.tinhso.document.core.DocumentRecalls;
import vn.tinhso.document.core.DocumentTypes;
import vn.tinhso.document.core.DraftForm;
import vn.tinhso.document.core.FileVerification;
import vn.tinhso.document.core.IncomingDocuments;
import vn.tinhso.document.core.IncomingForm;
import vn.tinhso.document.core.OutgoingDocuments;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.platform.PageOf;

/** Incoming and outgoing documents for officials: register, assign, report, complete; draft, review, issue. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Official documents (văn bản đến, văn bản đi) of Decree 30/2020")
class DocumentApi {

	private final IncomingDocuments incoming;
	private final OutgoingDocuments outgoing;
	private final DocumentQueries queries;
	private final DocumentTypes types;
	private final DocumentRecalls recalls;

	DocumentApi(IncomingDocuments incoming, OutgoingDocuments outgoing, DocumentQueries queries, DocumentTypes types,
			DocumentRecalls recalls) {
		this.incoming = incoming;
		this.outgoing = outgoing;
		this.recalls = recalls;
		this.queries = queries;
		this.types = types;
	}

	@GetMapping("/types")
	@Operation(summary = "The kinds of document with their abbreviations (Decree 30, Appendix III)")
	List<DocumentTypes.DocumentType> types() {
		return types.all();
	}

	@GetMapping
	@Operation(summary = "Incoming (direction=IN) or outgoing (OUT) documents the official may see, most urgent first",
			description = "With q (words, diacritics optional): newest first. total counts up to 201 (more than 200); without q up to 1 001 (more than 1 000).")
	PageOf<Document> list(@RequestParam(defaultValue = "IN") Direction direction, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return queries.list(Actors.require(), direction, q, status, Math.max(0, page), Math.min(100, Math.max(1, size)));
	}

	@GetMapping("/{id}")
	DocumentDetail get(@PathVariable long id) {
		return queries.view(Actors.require(), id);
	}

	@GetMapping("/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
		var content = queries.file(Actors.require(), id, fileId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.file().mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
						.filename(content.file().fileName(), StandardCharsets.UTF_8).build().toString())
				.body(content.content());
	}

	@PostMapping("/incoming")
	@Operation(summary = "Register an incoming document (clerk): metadata and its PDF; the arrival number is assigned")
	ResponseEntity<DocumentDetail> register(@RequestParam String agencyCode, @RequestParam(required = false) String typeCode,
			@RequestParam(required = false) String notation, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String issuerName, @RequestParam(required = false) String issuerCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(required = false) String urgency, @RequestParam(required = false) String confidentiality,
			@RequestParam(required = false) Integer pageCount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@RequestParam(defaultValue = "false") boolean scanned, @RequestParam(required = false) MultipartFile file) {
		Document d = incoming.register(Actors.require(), new IncomingForm(agencyCode, typeCode, notation, subject, issuerName,
				issuerCode, issuedOn, urgency, confidentiality, pageCount, dueOn, scanned, bytes(file), name(file)));
		return created(d);
	}

	@PostMapping("/{id}/assignments")
	@Operation(summary = "Assign (leader): one lead, cooperating and for-information units (agencyCode) or people (username)")
	DocumentDetail assign(@PathVariable long id, @RequestBody List<AssignmentInput> lines) {
		incoming.assign(Actors.require(), id, lines);
		return queries.view(Actors.require(), id);
	}

	@PostMapping("/{id}/progress")
	DocumentDetail progress(@PathVariable long id, @RequestParam(required = false) String note) {
		incoming.note(Actors.require(), id, note);
		return queries.view(Actors.require(), id);
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "Complete an incoming document (lead or leader), optionally naming the outgoing reply")
	DocumentDetail complete(@PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(required = false) Long replyId) {
		incoming.complete(Actors.require(), id, note, replyId);
		return queries.view(Actors.require(), id);
	}

	@PostMapping("/outgoing")
	@Operation(summary = "Start an outgoing draft with its file and recipients (agency codes; an organ outside as "
			+ "its code and name, e.g. \"000.00.00.H27 Ủy ban nhân dân tỉnh Bắc Ninh\", sent as edXML once issued)",
			description = "file: a PDF, or a Word file (.docx) converted to PDF by the platform (kept as SOURCE); judged by "
					+ "content. Otherwise 400 document.file.type; a damaged or oversized .docx 400 document.docx.unreadable.")
	ResponseEntity<DocumentDetail> draft(@RequestParam String agencyCode, @RequestParam(required = false) String typeCode,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String draftingUnit,
			@RequestParam(required = false) String urgency, @RequestParam(required = false) String confidentiality,
			@RequestParam(required = false) Integer pageCount, @RequestParam(required = false) List<String> recipients,
			@RequestParam(required = false) Long replyTo, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Long replacesId) {
		DraftForm form = new DraftForm(agencyCode, typeCode, subject, draftingUnit, urgency,
				confidentiality, pageCount, recipients, replyTo, bytes(file), name(file));
		Document d = replacesId == null ? outgoing.draft(Actors.require(), form)
				: outgoing.draftReplacing(Actors.require(), form, replacesId);
		return created(d);
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Send a draft along its route: reviewers (usernames, in order), then the signing leader")
	DocumentDetail submit(@PathVariable long id, @RequestParam(required = false) List<String> reviewers,
			@RequestParam(required = false) String signer) {
		outgoing.submit(Actors.require(), id, reviewers, signer);
		return queries.view(Actors.require(), id);
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "Approve (approve=true) or return with a comment; the leader's approval clears it for issuing")
	DocumentDetail review(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String comment) {
		outgoing.review(Actors.require(), id, approve, comment);
		return queries.view(Actors.require(), id);
	}

	@PostMapping("/{id}/revisions")
	@Operation(summary = "Upload the next revision of a draft (its drafter): a PDF or a Word file (.docx) converted to PDF")
	DocumentDetail revise(@PathVariable long id, @RequestParam(required = false) MultipartFile file) {
		outgoing.revise(Actors.require(), id, bytes(file), name(file));
		return queries.view(Actors.require(), id);
	}

	@PostMapping("/{id}/issue")
	@Operation(summary = "Issue an approved document (clerk): number and notation, delivery to internal recipients")
	DocumentDetail issue(@PathVariable long id) {
		outgoing.issue(Actors.require(), id);
		return queries.view(Actors.require(), id);
	}

	@PostMapping("/{id}/recall")
	@Operation(summary = "Recall an issued document (clerk or leader of the issuing agency) with a reason",
			description = "Copies delivered inside the installation are marked recalled; outside recipients are told "
					+ "through the exchange. Not ISSUED → 409 document.action.wrong-status.")
	DocumentDetail recall(@PathVariable long id, @RequestParam(required = false) String reason) {
		recalls.recall(Actors.require(), id, reason);
		return queries.view(Actors.require(), id);
	}

	@GetMapping("/{id}/signatures")
	@Operation(summary = "The digital signatures found on the document's files when they arrived, per file (sha256)")
	List<FileVerification> signatures(@PathVariable long id) {
		return queries.signatureChecksOf(Actors.require(), id);
	}

	private ResponseEntity<DocumentDetail> created(Document d) {
		return ResponseEntity.created(URI.create("/api/v1/documents/" + d.id())).body(queries.view(Actors.require(), d.id()));
	}

	private static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw DomainException.invalidFields(List.of(new FieldProblem("file", "file.empty")));
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String name(MultipartFile file) {
		return file == null ? null : file.getOriginalFilename();
	}
}

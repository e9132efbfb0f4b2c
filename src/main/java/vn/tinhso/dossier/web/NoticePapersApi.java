package vn.tinhso.dossier.web;

import java.util.List;
import java.util.function.BiFunction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.dossier.core.Dossier;
import vn.tinhso.dossier.core.DossierEvent;
import vn.tinhso.dossier.core.DossierService;
import vn.tinhso.dossier.core.Dossiers;
import vn.tinhso.dossier.papers.ControlSheet;
import vn.tinhso.dossier.papers.NoticePaper;
import vn.tinhso.dossier.papers.NoticePapers;
import vn.tinhso.platform.Actors;

/**
 * The notice papers of a dossier as PDF, drawn from its history on each request. Seen by whoever may
 * see the dossier (its applicant, officials of its agency); a paper the history does not give is a
 * problem with a stable code (409, or 404 for a request number that does not exist).
 */
@RestController
@RequestMapping("/api/v1/dossiers/{code}/papers")
@Tag(name = "Hồ sơ (dossiers)")
class NoticePapersApi {

	private final DossierService service;
	private final Dossiers dossiers;
	private final NoticePapers papers;
	private final ControlSheet controlSheet;

	NoticePapersApi(DossierService service, Dossiers dossiers, NoticePapers papers, ControlSheet controlSheet) {
		this.service = service;
		this.dossiers = dossiers;
		this.papers = papers;
		this.controlSheet = controlSheet;
	}

	/** Where a paper of the dossier is served, for links. */
	static String href(String code, NoticePaper paper) {
		String name = switch (paper.kind()) {
			case CONTROL_SHEET -> "control-sheet";
			case SUPPLEMENT_REQUEST -> "supplement-request";
			case APOLOGY -> "apology";
			case REFUSAL -> "refusal";
			case STOP_NOTICE -> "stop-notice";
		};
		return "/api/v1/dossiers/" + code + "/papers/" + name + ".pdf" + (paper.number() == null ? "" : "?n=" + paper.number());
	}

	@GetMapping("/control-sheet.pdf")
	@Operation(summary = "Process control sheet (form 05): each hand-over with giver, receiver, time and timeliness")
	ResponseEntity<byte[]> controlSheet(@PathVariable String code) {
		return pdf(code, "kiem-soat", controlSheet::render);
	}

	@GetMapping("/supplement-request.pdf")
	@Operation(summary = "Supplement request (form 02); n = which request (1 = first), the latest without it")
	ResponseEntity<byte[]> supplementRequest(@PathVariable String code, @RequestParam(required = false) Integer n) {
		return pdf(code, "yeu-cau-bo-sung", (d, history) -> papers.supplementRequest(d, history, n));
	}

	@GetMapping("/apology.pdf")
	@Operation(summary = "Apology with a new appointment (form 04); n = which apology (1 = first), the latest without it")
	ResponseEntity<byte[]> apology(@PathVariable String code, @RequestParam(required = false) Integer n) {
		return pdf(code, "xin-loi", (d, history) -> papers.apology(d, history, n));
	}

	@GetMapping("/refusal.pdf")
	@Operation(summary = "Refusal to receive or to process the dossier (form 03), with the reason")
	ResponseEntity<byte[]> refusal(@PathVariable String code) {
		return pdf(code, "tu-choi", papers::refusal);
	}

	@GetMapping("/stop-notice.pdf")
	@Operation(summary = "Notice that processing of the dossier stopped, with the reason")
	ResponseEntity<byte[]> stopNotice(@PathVariable String code) {
		return pdf(code, "dung-giai-quyet", papers::stopNotice);
	}

	private ResponseEntity<byte[]> pdf(String code, String name, BiFunction<Dossier, List<DossierEvent>, byte[]> render) {
		Dossier d = service.view(Actors.require(), code);
		byte[] pdf = render.apply(d, dossiers.history(d.id()));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename(code + "-" + name + ".pdf").build().toString())
				.body(pdf);
	}
}

package vn.tinhso.dossier.papers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tinhso.dossier.core.Dossier;
import vn.tinhso.dossier.core.DossierEvent;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;

/**
 * The process control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ, form 05 of Circular
 * 01/2018/TT-VPCP), drawn from the history: one row each time the dossier passed from one party to
 * another after reception, with the giver, the receiver, the time and whether the step that ended
 * finished early, on time or late.
 */
@Component
public class ControlSheet {

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
	private static final int NOTE_LIMIT = 300;

	/** What each action that passes the dossier on is called on the sheet. */
	private static final Map<String, String> PASSES = Map.of(
			"HAND_OVER", "Chuyển bước",
			"APPROVE", "Phê duyệt",
			"REFUSE", "Từ chối giải quyết",
			"REQUEST_SUPPLEMENT", "Yêu cầu bổ sung",
			"SUPPLEMENT", "Nộp bổ sung",
			"FINANCIAL_OBLIGATION", "Thông báo nghĩa vụ tài chính",
			"OBLIGATION_FULFILLED", "Hoàn thành nghĩa vụ tài chính",
			"RETURN_RESULT", "Trả kết quả");

	/** Actions that send the dossier (or its result) out to the applicant. */
	private static final Set<String> TO_APPLICANT = Set.of("REQUEST_SUPPLEMENT", "FINANCIAL_OBLIGATION", "RETURN_RESULT");

	private static final Map<String, String> TIMELINESS = Map.of("EARLY", "Trước hạn", "ON_TIME", "Đúng hạn", "LATE", "Trễ hạn");

	private final NoticePapers papers;

	ControlSheet(NoticePapers papers) {
		this.papers = papers;
	}

	/** One hand-over: giver and receiver by name, the step's timeliness in words ("" when no step ended). */
	record Row(String giver, String receiver, OffsetDateTime at, String result, String note) {
	}

	public byte[] render(Dossier d, List<DossierEvent> history) {
		DossierEvent receipt = Events.first(history, "RECEIVE")
				.orElseThrow(() -> DomainException.conflict("dossier.papers.control.not-received", d.code()));
		try (PaperWriter pdf = new PaperWriter()) {
			String agency = papers.agencyName(d);
			pdf.header(agency.toUpperCase(), NoticePapers.DESK, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc");
			pdf.title("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ").centredLine("Mã hồ sơ: " + d.code()).gap(12);
			pdf.field("Cơ quan giải quyết hồ sơ:", agency);
			pdf.field("Người nộp hồ sơ:", d.applicant().name());
			pdf.field("Nội dung yêu cầu giải quyết:", d.procedure().name());
			pdf.field("Tiếp nhận hồ sơ:", NoticePapers.time(receipt.at()) + ", người tiếp nhận: " + receipt.actorName());
			pdf.field("Thời gian hẹn trả kết quả:", NoticePapers.time(d.dueAt())).gap(8);
			List<List<String>> cells = new ArrayList<>();
			int n = 1;
			for (Row r : rows(d, history)) {
				cells.add(List.of(String.valueOf(n++), r.giver(), r.receiver(),
						SHORT.format(r.at().atZoneSameInstant(ProvinceTime.ZONE)), r.result(), r.note()));
			}
			pdf.table(new float[] { 5, 21, 21, 14, 12, 27 },
					List.of("STT", "Bên giao", "Bên nhận", "Thời gian giao, nhận", "Kết quả", "Ghi chú"), cells);
			if (d.onTime() != null) {
				pdf.paragraph(d.onTime() ? "Hồ sơ được giải quyết đúng thời hạn." : "Hồ sơ được giải quyết quá thời hạn.");
			}
			return pdf.toPdf();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The hand-overs of a history. The receiver is whoever acted next on the dossier (apologies aside),
	 * or the applicant for what goes out to them; until someone acts, the step waiting for it.
	 */
	static List<Row> rows(Dossier d, List<DossierEvent> history) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < history.size(); i++) {
			DossierEvent e = history.get(i);
			if (!PASSES.containsKey(e.action())) {
				continue;
			}
			String receiver = TO_APPLICANT.contains(e.action()) ? d.applicant().name() : nextActor(history, i, d, e);
			rows.add(new Row(e.actorName(), receiver, e.at(), e.timeliness() == null ? "" : TIMELINESS.get(e.timeliness()),
					note(d, e)));
		}
		return rows;
	}

	private static String nextActor(List<DossierEvent> history, int index, Dossier d, DossierEvent e) {
		for (DossierEvent later : history.subList(index + 1, history.size())) {
			if (!"APOLOGISE".equals(later.action())) {
				return later.actorName();
			}
		}
		return "Chưa nhận" + (e.toStep() == null ? "" : " (bước: " + stepName(d, e.toStep()) + ")");
	}

	/** What happened (with the step that ended and the next one when the dossier moved on), then the note. */
	private static String note(Dossier d, DossierEvent e) {
		String what = PASSES.get(e.action());
		if (e.fromStep() != null && e.toStep() != null && !e.fromStep().equals(e.toStep())) {
			what += " (" + e.stepName() + " → " + stepName(d, e.toStep()) + ")";
		}
		String note = e.note() == null ? "" : e.note().strip();
		if (note.length() > NOTE_LIMIT) {
			note = note.substring(0, NOTE_LIMIT - 1) + "…";
		}
		return note.isEmpty() ? what : what + ". " + note;
	}

	private static String stepName(Dossier d, int step) {
		var steps = d.procedure().steps();
		return step >= 0 && step < steps.size() ? steps.get(step).name() : "";
	}
}

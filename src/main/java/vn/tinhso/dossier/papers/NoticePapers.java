package vn.tinhso.dossier.papers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.dossier.core.Dossier;
import vn.tinhso.dossier.core.DossierEvent;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;

/**
 * The one-stop notices of Circular 01/2018/TT-VPCP, drawn on request from a dossier and its history
 * (nothing is stored): supplement request (form 02), refusal (form 03), apology with a new
 * appointment (form 04) and the notice that processing stopped. Each names the officer who recorded
 * the action and carries the note they wrote as the reason or the requested content.
 */
@Component
public class NoticePapers {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");
	static final String DESK = "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ";

	private final AgencyDirectory agencies;

	NoticePapers(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	/** Form 02 for the n-th supplement request (1-based), the latest when n is null. */
	public byte[] supplementRequest(Dossier d, List<DossierEvent> history, Integer n) {
		List<DossierEvent> requests = Events.of(history, "REQUEST_SUPPLEMENT");
		DossierEvent e = Events.nth(requests, n, d.code(), "dossier.papers.supplement.none",
				"dossier.papers.supplement.not-found");
		String agency = agencyName(d);
		try (PaperWriter pdf = letter(agency, DESK, e)) {
			pdf.title("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ").centredLine("Mã hồ sơ: " + d.code())
					.centredLine("Yêu cầu lần thứ " + (requests.indexOf(e) + 1)).gap(12);
			applicant(pdf, d, "Hồ sơ của:");
			pdf.paragraph("Hồ sơ của Ông/Bà/tổ chức cần được bổ sung, hoàn thiện các nội dung sau:");
			pdf.paragraph(e.note()).gap(4);
			pdf.paragraph("Thời gian bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết. Trong quá trình "
					+ "bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà/tổ chức liên hệ " + e.actorName() + " – "
					+ agency + " để được hướng dẫn.");
			pdf.gap(12).signatures("", "", "NGƯỜI HƯỚNG DẪN", e.actorName());
			return pdf.toPdf();
		}
		catch (IOException x) {
			throw new UncheckedIOException(x);
		}
	}

	/** Form 03 for a dossier refused at reception or refused in processing, with the reason. */
	public byte[] refusal(Dossier d, List<DossierEvent> history) {
		DossierEvent e = Events.last(history, "REFUSE_RECEIPT", "REFUSE")
				.orElseThrow(() -> DomainException.conflict("dossier.papers.refusal.not-refused", d.code()));
		boolean atReception = "REFUSE_RECEIPT".equals(e.action());
		String agency = agencyName(d);
		try (PaperWriter pdf = letter(agency, atReception ? DESK : "", e)) {
			pdf.title("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ").centredLine("Mã hồ sơ: " + d.code()).gap(12);
			applicant(pdf, d, "Hồ sơ của:");
			if (atReception) {
				pdf.field("Thời gian nộp hồ sơ:", time(d.submittedAt()));
				pdf.paragraph("Sau khi kiểm tra thành phần hồ sơ, " + agency
						+ " từ chối tiếp nhận hồ sơ này vì lý do sau:");
			}
			else {
				received(pdf, history);
				pdf.paragraph("Sau khi xem xét, thẩm định hồ sơ, " + agency + " từ chối giải quyết hồ sơ này vì lý do sau:");
			}
			pdf.paragraph(e.note()).gap(4);
			pdf.paragraph("Xin thông báo để Ông/Bà/tổ chức được biết./.");
			pdf.gap(12).signatures("", "", atReception ? "NGƯỜI TIẾP NHẬN HỒ SƠ" : "NGƯỜI GIẢI QUYẾT HỒ SƠ", e.actorName());
			return pdf.toPdf();
		}
		catch (IOException x) {
			throw new UncheckedIOException(x);
		}
	}

	/**
	 * Form 04 for the n-th apology (1-based), the latest when n is null: the appointment it missed
	 * (that of the event before it), the reason and the new appointment the apology set.
	 */
	public byte[] apology(Dossier d, List<DossierEvent> history, Integer n) {
		List<DossierEvent> apologies = Events.of(history, "APOLOGISE");
		DossierEvent e = Events.nth(apologies, n, d.code(), "dossier.papers.apology.none", "dossier.papers.apology.not-found");
		OffsetDateTime missed = Events.before(history, e).map(DossierEvent::dueAt).orElse(null);
		String agency = agencyName(d);
		try (PaperWriter pdf = letter(agency, "", e)) {
			pdf.title("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ").centredLine("Mã hồ sơ: " + d.code())
					.centredLine("Lần thứ " + (apologies.indexOf(e) + 1)).gap(12);
			applicant(pdf, d, "Kính gửi:");
			received(pdf, history);
			if (missed != null) {
				pdf.field("Thời gian hẹn trả kết quả:", time(missed));
			}
			pdf.paragraph(agency + " không thể trả kết quả giải quyết hồ sơ của Ông/Bà/tổ chức đúng thời gian đã hẹn.");
			pdf.field("Lý do:", e.note());
			pdf.paragraph("Sự chậm trễ này đã gây phiền hà cho Ông/Bà/tổ chức. " + agency
					+ " xin lỗi Ông/Bà/tổ chức và hẹn trả kết quả giải quyết hồ sơ vào:");
			pdf.field("Thời gian hẹn trả kết quả mới:", time(e.dueAt()));
			pdf.paragraph("Rất mong nhận được sự thông cảm của Ông/Bà/tổ chức.");
			pdf.gap(12).signatures("", "", "ĐẠI DIỆN CƠ QUAN", e.actorName());
			return pdf.toPdf();
		}
		catch (IOException x) {
			throw new UncheckedIOException(x);
		}
	}

	/** The notice that the agency stopped processing the dossier, with the reason. */
	public byte[] stopNotice(Dossier d, List<DossierEvent> history) {
		DossierEvent e = Events.last(history, "STOP")
				.orElseThrow(() -> DomainException.conflict("dossier.papers.stop.not-stopped", d.code()));
		String agency = agencyName(d);
		try (PaperWriter pdf = letter(agency, "", e)) {
			pdf.title("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ").centredLine("Mã hồ sơ: " + d.code()).gap(12);
			applicant(pdf, d, "Kính gửi:");
			received(pdf, history);
			pdf.paragraph(agency + " thông báo dừng giải quyết hồ sơ nêu trên kể từ " + time(e.at()) + ".");
			pdf.field("Lý do:", e.note());
			pdf.paragraph("Xin thông báo để Ông/Bà/tổ chức được biết./.");
			pdf.gap(12).signatures("", "", "ĐẠI DIỆN CƠ QUAN", e.actorName());
			return pdf.toPdf();
		}
		catch (IOException x) {
			throw new UncheckedIOException(x);
		}
	}

	String agencyName(Dossier d) {
		return agencies.findByCode(d.agencyCode()).map(AgencySummary::name).orElse(d.agencyCode());
	}

	static String time(OffsetDateTime t) {
		return t == null ? "" : TIME.format(t.atZoneSameInstant(ProvinceTime.ZONE));
	}

	/** A new paper with the agency's letterhead, dated the day of the event it is about. */
	private static PaperWriter letter(String agency, String unit, DossierEvent e) throws IOException {
		PaperWriter pdf = new PaperWriter();
		try {
			pdf.header(agency.toUpperCase(), unit, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
			pdf.dateLine(DAY.format(e.at().atZoneSameInstant(ProvinceTime.ZONE)));
			return pdf;
		}
		catch (IOException | RuntimeException x) {
			pdf.close();
			throw x;
		}
	}

	private static void applicant(PaperWriter pdf, Dossier d, String label) throws IOException {
		pdf.field(label, d.applicant().name());
		if (!d.applicant().address().isBlank()) {
			pdf.field("Địa chỉ:", d.applicant().address());
		}
		if (!d.applicant().phone().isBlank()) {
			pdf.field("Số điện thoại:", d.applicant().phone());
		}
		if (!d.applicant().email().isBlank()) {
			pdf.field("Thư điện tử:", d.applicant().email());
		}
		pdf.field("Nội dung yêu cầu giải quyết:", d.procedure().name());
	}

	private static void received(PaperWriter pdf, List<DossierEvent> history) throws IOException {
		Optional<DossierEvent> receipt = Events.first(history, "RECEIVE");
		if (receipt.isPresent()) {
			pdf.field("Thời gian tiếp nhận hồ sơ:", time(receipt.get().at()));
		}
	}
}

package vn.tinhso.dossier.papers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.dossier.core.Dossier;
import vn.tinhso.dossier.core.DossierEvent;
import vn.tinhso.dossier.core.DossierFile;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;

/**
 * The receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, form 01 of Circular
 * 01/2018/TT-VPCP), drawn from the dossier's reception record, with a QR code to its public status page.
 */
@Component
public class ReceiptSlip {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");

	private final AgencyDirectory agencies;
	private final String publicUrl;

	ReceiptSlip(AgencyDirectory agencies, @Value("${tinhso.public-url:http://localhost:8080}") String publicUrl) {
		this.agencies = agencies;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	public String statusUrl(String code) {
		return publicUrl + "/lookup/" + code;
	}

	public byte[] render(Dossier d, List<DossierEvent> history, List<DossierFile> files) {
		DossierEvent receipt = history.stream().filter(e -> "RECEIVE".equals(e.action())).findFirst()
				.orElseThrow(() -> DomainException.conflict("dossier.receipt.not-received", d.code()));
		String agency = agencies.findByCode(d.agencyCode()).map(AgencySummary::name).orElse(d.agencyCode());
		try (PaperWriter pdf = new PaperWriter()) {
			pdf.header(agency.toUpperCase(), "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc");
			pdf.imageRight(QrCodes.of(statusUrl(d.code()), 240), 80);
			pdf.title("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").centredLine("Mã hồ sơ: " + d.code()).gap(12);
			pdf.field("Bộ phận tiếp nhận và trả kết quả:", agency);
			pdf.field("Tiếp nhận hồ sơ của:", d.applicant().name());
			if (!d.applicant().address().isBlank()) {
				pdf.field("Địa chỉ:", d.applicant().address());
			}
			pdf.field("Số điện thoại:", d.applicant().phone()).field("Thư điện tử:", d.applicant().email());
			pdf.field("Nội dung yêu cầu giải quyết:", d.procedure().name());
			pdf.paragraph("Thành phần hồ sơ nộp gồm:");
			int n = 1;
			for (var component : d.procedure().components()) {
				long count = files.stream().filter(f -> "COMPONENT".equals(f.purpose())
						&& component.code().equals(f.componentCode())).count();
				if (count > 0) {
					pdf.paragraph(n++ + ". " + component.name() + " (" + count + " tệp)");
				}
			}
			pdf.field("Thời gian giải quyết hồ sơ theo quy định:",
					d.procedure().processingDays().toPlainString().replace('.', ',') + " ngày làm việc");
			pdf.field("Thời gian nhận hồ sơ:", TIME.format(receipt.at().atZoneSameInstant(ProvinceTime.ZONE)));
			pdf.field("Thời gian trả kết quả giải quyết hồ sơ:",
					d.dueAt() == null ? "" : TIME.format(d.dueAt().atZoneSameInstant(ProvinceTime.ZONE)));
			pdf.field("Hình thức nộp:", d.channel().code() == 2 ? "trực tuyến" : d.channel().code() == 3 ? "qua bưu chính" : "trực tiếp");
			pdf.field("Tra cứu tình trạng hồ sơ:", statusUrl(d.code()));
			pdf.gap(12).signatures("NGƯỜI NỘP HỒ SƠ", d.applicant().name(), "NGƯỜI TIẾP NHẬN HỒ SƠ", receipt.actorName());
			return pdf.toPdf();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

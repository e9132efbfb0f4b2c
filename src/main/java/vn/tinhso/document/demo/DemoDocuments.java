package vn.tinhso.document.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.document.core.AssignmentInput;
import vn.tinhso.document.core.Direction;
import vn.tinhso.document.core.Document;
import vn.tinhso.document.core.DocumentQueries;
import vn.tinhso.document.core.DraftForm;
import vn.tinhso.document.core.IncomingDocuments;
import vn.tinhso.document.core.IncomingForm;
import vn.tinhso.document.core.OutgoingDocuments;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.platform.StartupWork;

/**
 * Official documents for the demo province, made through the same services as real ones by the demo
 * clerks, leaders and specialists: incoming documents in every state (a flash one, a secret one, an overdue
 * one, a completed one) and outgoing ones issued, in review and in draft, so each demo register shows work.
 */
@Component
@Order(2) // right after the directory's demo province: its signing runs beside the dossiers on the main thread
class DemoDocuments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);
	private static final String PROVINCE = "000.00.00.H27";
	private static final String JUSTICE = "000.00.03.H27";
	private static final String CONSTRUCTION = "000.00.07.H27";
	private static final String KINH_BAC = "000.01.40.H27";

	private final IncomingDocuments incoming;
	private final OutgoingDocuments outgoing;
	private final DocumentQueries queries;
	private final StaffAccess staff;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final StartupWork startup;
	private final boolean enabled;

	DemoDocuments(IncomingDocuments incoming, OutgoingDocuments outgoing, DocumentQueries queries, StaffAccess staff,
			JdbcClient jdbc, TransactionTemplate tx, Clock clock, StartupWork startup,
			@Value("${tinhso.demo.enabled:true}") boolean enabled) {
		this.startup = startup;
		this.incoming = incoming;
		this.outgoing = outgoing;
		this.queries = queries;
		this.staff = staff;
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled) {
			startup.inBackground("Demo documents", this::loadOnce);
		}
	}

	private void loadOnce() {
		boolean empty = jdbc.sql("select not exists (select 1 from document)").query(Boolean.class).single();
		if (!enabled || !empty || staff.officialsWithRole(PROVINCE, Role.CLERK).isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		tx.executeWithoutResult(status -> load());
		log.info("Demo documents loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	void load() {
		LocalDate today = LocalDate.now(clock.withZone(ProvinceTime.ZONE));
		DemoPdf pdf = new DemoPdf();
		Actor clerk = official(PROVINCE, Role.CLERK, "phamthihongnhung");
		Actor chairman = official(PROVINCE, Role.LEADER, "nguyenvanthanh");
		Actor vice = official(PROVINCE, Role.LEADER, "tranthithuha");
		Actor specialist = official(PROVINCE, Role.SPECIALIST, "leminhduc");

		// A flash telegram from the Prime Minister, waiting for the chairman to assign it.
		register(pdf, clerk, PROVINCE, new Letter("CD", "Công điện", "24/CĐ-TTg", "Thủ tướng Chính phủ", "Hà Nội",
				"Về việc tập trung ứng phó khẩn cấp với mưa lớn, lũ quét và sạt lở đất", today.minusDays(1), "HOA_TOC", "NORMAL",
				today.plusDays(1), "KT. THỦ TƯỚNG - PHÓ THỦ TƯỚNG",
				List.of("Các tỉnh khu vực trung du và miền núi phía Bắc theo dõi chặt chẽ diễn biến mưa lũ, chủ động sơ tán "
						+ "người dân khỏi khu vực nguy hiểm và báo cáo tình hình trước 17 giờ hằng ngày.")));

		// A secret plan of the provincial police, assigned to one specialist in person.
		Document secret = register(pdf, clerk, PROVINCE, new Letter("KH", "Kế hoạch", "215/KH-CAT-PV01",
				"Công an tỉnh Bắc Ninh", "Bắc Ninh", "Bảo đảm an ninh, trật tự các mục tiêu trọng điểm dịp Tết Nguyên đán",
				today.minusDays(2), "KHAN", "MAT", today.plusDays(10), "GIÁM ĐỐC",
				List.of("Phân công lực lượng tuần tra, kiểm soát tại các mục tiêu trọng điểm; phối hợp với Ủy ban nhân dân "
						+ "các xã, phường bảo đảm an toàn cho người dân đón Tết.")));
		incoming.assign(chairman, secret.id(), List.of(new AssignmentInput("LEAD", null, specialist.username(),
				today.plusDays(7), "Tham mưu phương án phối hợp, báo cáo trước khi triển khai.")));

		// A ministry's request handed to two departments; its deadline has passed.
		Document late = register(pdf, clerk, PROVINCE, new Letter("CV", "", "5120/BNV-CQĐP", "Bộ Nội vụ", "Hà Nội",
				"V/v báo cáo kết quả rà soát, sắp xếp tổ chức bộ máy cấp xã sau sắp xếp đơn vị hành chính",
				today.minusDays(12), "THUONG_KHAN", "NORMAL", today, "KT. BỘ TRƯỞNG - THỨ TRƯỞNG",
				List.of("Đề nghị Ủy ban nhân dân các tỉnh, thành phố rà soát, tổng hợp và gửi báo cáo về Bộ Nội vụ "
						+ "theo đề cương kèm theo.")));
		incoming.assign(chairman, late.id(), List.of(
				new AssignmentInput("LEAD", JUSTICE, null, null, "Sở Tư pháp chủ trì rà soát, tổng hợp."),
				new AssignmentInput("COOPERATE", CONSTRUCTION, null, null, "Cung cấp số liệu về quy hoạch đô thị.")));
		// Time cannot pass through the services: the demo moves this deadline back to show an overdue document.
		jdbc.sql("update document set due_on = ? where id = ?").params(today.minusDays(3), late.id()).update();

		// A ministry's reminder, handled and completed by the specialist.
		Document done = register(pdf, clerk, PROVINCE, new Letter("CV", "", "3456/BKHCN-CĐSQG", "Bộ Khoa học và Công nghệ",
				"Hà Nội", "V/v đôn đốc cung cấp dịch vụ công trực tuyến toàn trình năm 2026", today.minusDays(9), "NORMAL",
				"NORMAL", today.plusDays(15), "KT. BỘ TRƯỞNG - THỨ TRƯỞNG",
				List.of("Đề nghị các địa phương rà soát, tái cấu trúc quy trình và cung cấp dịch vụ công trực tuyến toàn "
						+ "trình đối với các thủ tục đủ điều kiện.")));
		incoming.assign(vice, done.id(), List.of(new AssignmentInput("LEAD", null, specialist.username(), null,
				"Tổng hợp số liệu của các sở, ngành.")));
		incoming.note(specialist, done.id(), "Đã tổng hợp số liệu của các sở, ngành; dự thảo báo cáo trình lãnh đạo.");
		incoming.complete(specialist, done.id(), "Đã báo cáo Bộ Khoa học và Công nghệ.", null);

		// An invitation to the ward, waiting for its chairman.
		register(pdf, official(KINH_BAC, Role.CLERK, "nguyenthiminhnguyet"), KINH_BAC, new Letter("GM", "Giấy mời",
				"112/GM-SKHCN", "Sở Khoa học và Công nghệ tỉnh Bắc Ninh", "Bắc Ninh",
				"Dự hội nghị tập huấn vận hành hệ thống quản lý văn bản và điều hành cấp xã", today.minusDays(1), "KHAN",
				"NORMAL", today.plusDays(3), "GIÁM ĐỐC",
				List.of("Trân trọng kính mời đại diện lãnh đạo và văn thư Ủy ban nhân dân phường dự hội nghị tập huấn.")));

		issuedPlan(pdf, clerk, vice, specialist, today);
		inReview(pdf);
	}

	/** The province's plan, issued to two departments: it arrives in their incoming registers at once. */
	private void issuedPlan(DemoPdf pdf, Actor clerk, Actor signer, Actor drafter, LocalDate today) {
		String subject = "Triển khai chuyển đổi số và Đề án 06 trên địa bàn tỉnh năm 2026";
		byte[] text = pdf.write(new DemoPdf.Content("Ủy ban nhân dân tỉnh Bắc Ninh", "      /KH-UBND",
				place("Bắc Ninh", today), "Kế hoạch", subject, List.of(
						"Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển "
								+ "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
						"Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai chuyển đổi số năm 2026, giao các sở, ngành "
								+ "và Ủy ban nhân dân các xã, phường tổ chức thực hiện."),
				// The title comes with the leader's signature block when the plan is signed.
				""));
		Document plan = outgoing.draft(drafter, new DraftForm(PROVINCE, "KH", subject, "", "NORMAL", "NORMAL", 6,
				List.of(JUSTICE, CONSTRUCTION), null, text, "du-thao-ke-hoach.pdf"));
		outgoing.submit(drafter, plan.id(), List.of(), signer.username());
		outgoing.review(signer, plan.id(), true, "Đồng ý ban hành.");
		Document issued = outgoing.issue(clerk, plan.id());

		// The construction department's director assigns it; the province sees that in its recipient list.
		Actor director = official(CONSTRUCTION, Role.LEADER, "ngoducthang");
		Document arrived = queries.list(director, Direction.IN, issued.notation(), null, 0, 1).items().get(0);
		incoming.assign(director, arrived.id(), List.of(new AssignmentInput("LEAD", null,
				official(CONSTRUCTION, Role.SPECIALIST, "lyvankhanh").username(), today.plusDays(14),
				"Xây dựng kế hoạch của Sở theo nhiệm vụ được giao.")));

		// The justice department drafts its report in answer.
		Actor justice = official(JUSTICE, Role.SPECIALIST, "lethithutrang");
		Document atJustice = queries.list(justice, Direction.IN, issued.notation(), null, 0, 1).items().get(0);
		String report = "Kết quả triển khai nhiệm vụ chuyển đổi số của Sở Tư pháp theo Kế hoạch " + issued.notation();
		outgoing.draft(justice, new DraftForm(JUSTICE, "BC", report, "", "NORMAL", "NORMAL", 3, List.of(PROVINCE),
				atJustice.id(), pdf.write(new DemoPdf.Content("Sở Tư pháp tỉnh Bắc Ninh", "      /BC-STP",
						place("Bắc Ninh", today), "Báo cáo", report, List.of("Thực hiện Kế hoạch " + issued.notation()
								+ " của Ủy ban nhân dân tỉnh, Sở Tư pháp báo cáo kết quả như sau."), "GIÁM ĐỐC")),
				"du-thao-bao-cao.pdf"));
	}

	/** The construction department's guidance to the ward, waiting for its director. */
	private void inReview(DemoPdf pdf) {
		Actor drafter = official(CONSTRUCTION, Role.SPECIALIST, "lyvankhanh");
		Actor director = official(CONSTRUCTION, Role.LEADER, "ngoducthang");
		String subject = "V/v hướng dẫn cấp giấy phép xây dựng nhà ở riêng lẻ trên môi trường điện tử";
		Document letter = outgoing.draft(drafter, new DraftForm(CONSTRUCTION, "CV", subject, "QLXD", "KHAN", "NORMAL", 2,
				List.of(KINH_BAC), null, pdf.write(new DemoPdf.Content("Sở Xây dựng tỉnh Bắc Ninh", "      /SXD-QLXD",
						place("Bắc Ninh", LocalDate.now(clock.withZone(ProvinceTime.ZONE))), "", subject,
						List.of("Sở Xây dựng hướng dẫn Ủy ban nhân dân phường tiếp nhận, giải quyết hồ sơ cấp giấy phép "
								+ "xây dựng nhà ở riêng lẻ trực tuyến toàn trình."), "GIÁM ĐỐC")),
				"du-thao-cong-van.pdf"));
		outgoing.submit(drafter, letter.id(), List.of(), director.username());
	}

	/** An incoming document as the demo registers it: its kind, number and notation, sender, dates and text. */
	private record Letter(String type, String kind, String notation, String issuer, String city, String subject,
			LocalDate issuedOn, String urgency, String confidentiality, LocalDate dueOn, String signer,
			List<String> paragraphs) {
	}

	private Document register(DemoPdf pdf, Actor clerk, String agency, Letter l) {
		byte[] text = pdf.write(new DemoPdf.Content(l.issuer(), l.notation(), place(l.city(), l.issuedOn()), l.kind(),
				l.subject(), l.paragraphs(), l.signer()));
		return incoming.register(clerk, new IncomingForm(agency, l.type(), l.notation(), l.subject(), l.issuer(), null,
				l.issuedOn(), l.urgency(), l.confidentiality(), 1 + l.paragraphs().size(), l.dueOn(), false, text,
				l.notation().replace('/', '_') + ".pdf"));
	}

	private static String place(String city, LocalDate on) {
		return city + ", ngày " + on.getDayOfMonth() + " tháng " + on.getMonthValue() + " năm " + on.getYear();
	}

	/** The demo official by username, or the agency's first with the role if the list was edited. */
	private Actor official(String agency, Role role, String username) {
		List<Actor> all = staff.officialsWithRole(agency, role);
		return all.stream().filter(a -> a.username().equals(username)).findFirst().orElseGet(() -> all.get(0));
	}
}

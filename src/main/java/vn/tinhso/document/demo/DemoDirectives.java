package vn.tinhso.document.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
import vn.tinhso.document.directive.Directive;
import vn.tinhso.document.directive.DirectiveForm;
import vn.tinhso.document.directive.DirectiveTracking;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.platform.StartupWork;

/**
 * Directives of the demo province's chairman and vice-chairwoman, recorded and followed through the same
 * service as real ones: tasks from the monthly briefing, one following the Prime Minister's flash telegram,
 * one overdue, one completed on time and one reported on twice after its deadline was extended, so the
 * directive list and the figures per unit show every state. Runs after the demo documents it refers to.
 */
@Component
@Order(3) // queued after the demo documents (order 2) on the same start-up thread
class DemoDirectives implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDirectives.class);
	private static final String PROVINCE = "000.00.00.H27";
	private static final String HOME_AFFAIRS = "000.00.02.H27";
	private static final String JUSTICE = "000.00.03.H27";
	private static final String FINANCE = "000.00.04.H27";
	private static final String AGRICULTURE = "000.00.06.H27";
	private static final String CONSTRUCTION = "000.00.07.H27";
	private static final String PUBLIC_SERVICE = "000.00.15.H27";
	private static final String PROJECTS = "000.00.17.H27";
	private static final String DIGITAL = "000.00.18.H27";
	private static final String KINH_BAC = "000.01.40.H27";

	/** The demo incoming documents the directives follow (see {@link DemoDocuments}). */
	static final String FLASH_TELEGRAM = "24/CĐ-TTg";
	static final String MINISTRY_REQUEST = "5120/BNV-CQĐP";

	private final DirectiveTracking tracking;
	private final StaffAccess staff;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final StartupWork startup;
	private final boolean enabled;

	DemoDirectives(DirectiveTracking tracking, StaffAccess staff, JdbcClient jdbc, TransactionTemplate tx, Clock clock,
			StartupWork startup, @Value("${tinhso.demo.enabled:true}") boolean enabled) {
		this.startup = startup;
		this.tracking = tracking;
		this.staff = staff;
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled) {
			startup.inBackground("Demo directives", this::loadOnce);
		}
	}

	private void loadOnce() {
		boolean empty = jdbc.sql("select not exists (select 1 from directive)").query(Boolean.class).single();
		if (!enabled || !empty || staff.officialsWithRole(PROVINCE, Role.LEADER).isEmpty()) {
			return;
		}
		Optional<Long> telegram = incoming(FLASH_TELEGRAM);
		Optional<Long> request = incoming(MINISTRY_REQUEST);
		if (telegram.isEmpty() || request.isEmpty()) {
			log.info("Demo directives skipped: the demo documents they follow are not there");
			return;
		}
		long started = System.nanoTime();
		tx.executeWithoutResult(status -> load(telegram.get(), request.get()));
		log.info("Demo directives loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	void load(long telegram, long request) {
		LocalDate today = LocalDate.now(clock.withZone(ProvinceTime.ZONE));
		Actor chairman = official(PROVINCE, Role.LEADER, "nguyenvanthanh");
		Actor vice = official(PROVINCE, Role.LEADER, "tranthithuha");
		LocalDate briefing = today.minusDays(3);
		String briefingName = "Hội nghị giao ban tháng " + briefing.getMonthValue() + "/" + briefing.getYear()
				+ " của Ủy ban nhân dân tỉnh";

		// From the monthly briefing: the construction department leads, three units cooperate; not yet reported on.
		tracking.create(chairman, meeting(briefingName, briefing, "Rà soát quỹ đất, đẩy nhanh tiến độ các dự án nhà ở "
				+ "xã hội trên địa bàn tỉnh; đề xuất tháo gỡ vướng mắc về thủ tục đầu tư và giải phóng mặt bằng.",
				CONSTRUCTION, List.of(FINANCE, AGRICULTURE, KINH_BAC), today.plusDays(20),
				"Báo cáo kết quả rà soát và đề xuất giải pháp, trình Ủy ban nhân dân tỉnh."));

		// Following the Prime Minister's flash telegram, due tomorrow.
		tracking.create(chairman, new DirectiveForm(PROVINCE, "Triển khai ngay các biện pháp ứng phó mưa lớn, lũ quét, "
				+ "sạt lở đất; rà soát khu dân cư có nguy cơ sạt lở, chủ động sơ tán người dân khỏi khu vực nguy hiểm.",
				Directive.DOCUMENT, null, null, telegram, AGRICULTURE, List.of(CONSTRUCTION, KINH_BAC), today.plusDays(1),
				"Báo cáo nhanh tình hình mưa lũ và công tác ứng phó trước 17 giờ hằng ngày."));

		overdue(vice, request, today);
		completedOnTime(vice, today);
		reportedTwice(chairman, briefingName, briefing, today);
	}

	/** The ministry's request, followed by the vice-chairwoman; its deadline has passed with the report unfinished. */
	private void overdue(Actor vice, long request, LocalDate today) {
		Directive d = tracking.create(vice, new DirectiveForm(PROVINCE, "Khẩn trương hoàn thành báo cáo rà soát, sắp xếp "
				+ "tổ chức bộ máy cấp xã sau sắp xếp đơn vị hành chính, gửi Bộ Nội vụ đúng thời hạn.", Directive.DOCUMENT,
				null, null, request, JUSTICE, List.of(HOME_AFFAIRS), today,
				"Báo cáo của Ủy ban nhân dân tỉnh gửi Bộ Nội vụ."));
		tracking.report(official(JUSTICE, Role.SPECIALIST, "lethithutrang"), d.id(), 30,
				"Đã tổng hợp số liệu của một phần các xã, phường; còn chờ số liệu của các đơn vị còn lại.", null, null);
		// Time cannot pass through the services: the demo moves this deadline back to show an overdue directive.
		jdbc.sql("update directive set due_on = ? where id = ?").params(today.minusDays(3), d.id()).update();
	}

	/** From the digital transformation steering committee; reported on, then completed by the lead unit's director. */
	private void completedOnTime(Actor vice, LocalDate today) {
		Directive d = tracking.create(vice, meeting("Phiên họp Ban Chỉ đạo chuyển đổi số tỉnh", today.minusDays(7),
				"Rà soát, công khai đầy đủ, chính xác thủ tục hành chính và quy trình nội bộ giải quyết thủ tục hành chính "
						+ "trên Cổng dịch vụ công của tỉnh.",
				PUBLIC_SERVICE, List.of(DIGITAL), today.plusDays(5),
				"Danh mục thủ tục hành chính được công khai và báo cáo kết quả rà soát."));
		tracking.report(official(PUBLIC_SERVICE, Role.SPECIALIST, "buithithanhtam"), d.id(), 60,
				"Đã rà soát thủ tục của các sở, ngành; đang rà soát quy trình nội bộ cấp xã.", null, null);
		tracking.complete(official(PUBLIC_SERVICE, Role.LEADER, "nguyenhuutri"), d.id(),
				"Đã công khai đầy đủ thủ tục hành chính và quy trình nội bộ; đã báo cáo Ủy ban nhân dân tỉnh.");
	}

	/** From the same briefing: the finance department reports 40 %, gets a later deadline, then reports 70 %. */
	private void reportedTwice(Actor chairman, String briefingName, LocalDate briefing, LocalDate today) {
		Directive d = tracking.create(chairman, meeting(briefingName, briefing, "Đẩy nhanh tiến độ giải ngân vốn đầu tư "
				+ "công năm 2026; điều chuyển vốn từ các dự án chậm giải ngân sang các dự án có khả năng giải ngân tốt.",
				FINANCE, List.of(CONSTRUCTION, PROJECTS), today.plusDays(10),
				"Báo cáo tình hình giải ngân và phương án điều chuyển vốn, trình Ủy ban nhân dân tỉnh."));
		Actor finance = official(FINANCE, Role.LEADER, "buivanhai");
		tracking.report(finance, d.id(), 40, "Đã rà soát tình hình giải ngân của các chủ đầu tư; tỷ lệ giải ngân "
				+ "chung đạt khoảng 40% kế hoạch vốn.", null, null);
		tracking.extend(chairman, d.id(), today.plusDays(30),
				"Theo đề nghị của Sở Tài chính, chờ Hội đồng nhân dân tỉnh thông qua điều chỉnh kế hoạch vốn.");
		tracking.report(finance, d.id(), 70, "Đã xây dựng phương án điều chuyển vốn, đang lấy ý kiến các chủ đầu tư.",
				null, null);
	}

	private static DirectiveForm meeting(String name, LocalDate on, String content, String lead, List<String> cooperating,
			LocalDate due, String output) {
		return new DirectiveForm(PROVINCE, content, Directive.MEETING, name, on, null, lead, cooperating, due, output);
	}

	/** The province's incoming demo document with this number and notation. */
	private Optional<Long> incoming(String notation) {
		return jdbc.sql("select id from document where agency_code = ? and direction = 'IN' and notation = ? order by id limit 1")
				.params(PROVINCE, notation).query(Long.class).optional();
	}

	/** The demo official by username, or the agency's first with the role if the list was edited. */
	private Actor official(String agency, Role role, String username) {
		List<Actor> all = staff.officialsWithRole(agency, role);
		return all.stream().filter(a -> a.username().equals(username)).findFirst().orElseGet(() -> all.get(0));
	}
}

package vn.tinhso.feedback.demo;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.directory.ApplicantDirectory;
import vn.tinhso.directory.ApplicantProfile;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.feedback.geo.Boundary;
import vn.tinhso.feedback.geo.CommuneMap;
import vn.tinhso.feedback.report.Action;
import vn.tinhso.feedback.report.ActionInput;
import vn.tinhso.feedback.report.NewReport;
import vn.tinhso.feedback.report.ReportActions;
import vn.tinhso.feedback.report.ReportIntake;
import vn.tinhso.platform.Actor;

/**
 * Field reports in each stage for the demo province, made through the same services as real ones by
 * the demo citizens, the demo IOC operator and the communes' officials: the IOC queue, a commune's
 * inbox and the public list have something in them on first start.
 */
@Component
@Order(4) // after the demo province, its boundaries and the demo dossiers
class DemoReports implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);
	private static final String IOC_UNIT = "000.00.18.H27";
	private static final String KINH_BAC = "000.01.40.H27";
	private static final String BAC_GIANG = "000.01.48.H27";
	private static final String TU_SON = "000.01.41.H27";
	private static final String PHU_LANG = "000.07.43.H27";
	private static final String BINH = "027090001234";
	private static final String MAI = "024195004321";
	private static final String CHAU = "027301005678";

	private final ReportIntake intake;
	private final ReportActions actions;
	private final CommuneMap map;
	private final ApplicantDirectory applicants;
	private final StaffAccess staff;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final boolean enabled;

	DemoReports(ReportIntake intake, ReportActions actions, CommuneMap map, ApplicantDirectory applicants,
			StaffAccess staff, JdbcClient jdbc, TransactionTemplate tx, @Value("${tinhso.demo.enabled:true}") boolean enabled) {
		this.intake = intake;
		this.actions = actions;
		this.map = map;
		this.applicants = applicants;
		this.staff = staff;
		this.jdbc = jdbc;
		this.tx = tx;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean empty = jdbc.sql("select not exists (select 1 from feedback_report)").query(Boolean.class).single();
		if (!enabled || !empty || staff.officialsWithRole(IOC_UNIT, Role.IOC_OPERATOR).isEmpty()
				|| map.all().stream().noneMatch(b -> b.agencyCode().equals(KINH_BAC))) {
			return;
		}
		tx.executeWithoutResult(status -> load());
		log.info("Demo field reports loaded");
	}

	private void load() {
		String pothole = report(BINH, "ROAD", KINH_BAC, 0, false,
				"Ổ gà sâu khoảng 20 cm giữa làn xe máy trước cổng chợ, đêm không có đèn rất nguy hiểm.");
		String duplicate = report(MAI, "ROAD", KINH_BAC, 0.0004, false,
				"Đoạn đường trước chợ có hố lớn, xe máy đã ngã mấy lần.");
		act(operator(), duplicate, Action.REJECT, input("Đã có phản ánh cùng vị trí, xin mời theo dõi phản ánh đó.", null,
				"DUPLICATE", pothole, null, null));
		act(operator(), pothole, Action.ASSIGN, ActionInput.note(""));
		act(official(KINH_BAC, Role.LEADER), pothole, Action.ASSIGN_HANDLER, handler(KINH_BAC));
		act(official(KINH_BAC, Role.SPECIALIST), pothole, Action.RESOLVE, input("", null, null, null,
				"UBND phường đã cho vá ổ gà bằng bê tông nhựa và đặt biển cảnh báo trong thời gian chờ mặt đường ổn định.", null));
		act(citizen(BINH), pothole, Action.RATE, input("Xử lý nhanh, cảm ơn phường.", null, null, null, null, 5));

		String lamp = report(MAI, "LIGHTING", BAC_GIANG, 0, false,
				"Ba cột đèn liền nhau trên đường ven hồ tắt từ tuần trước, buổi tối đi bộ rất tối.");
		act(operator(), lamp, Action.ASSIGN, ActionInput.note(""));
		act(official(BAC_GIANG, Role.LEADER), lamp, Action.ASSIGN_HANDLER, handler(BAC_GIANG));

		String flood = report(BINH, "FLOODING", TU_SON, 0, false,
				"Sau mưa lớn nước ngập ngang bánh xe ở ngã tư, cống thoát nước bị rác bịt kín.");
		act(operator(), flood, Action.VERIFY, ActionInput.note(""));
		act(operator(), flood, Action.ASSIGN, ActionInput.note(""));

		report(CHAU, "WASTE", PHU_LANG, 0, true, "Có người đổ trộm phế thải xây dựng ven đê, đã thành đống lớn lấn ra đường.");
		intake.submit(operator(), new NewReport("HAZARD", "Người dân gọi đường dây nóng: cây đổ chắn ngang đường liên thôn, "
				+ "xe không qua được.", null, null, "Đường liên thôn Đồng Sài, xã Phù Lãng", false, List.of(), UUID.randomUUID(),
				"Người gọi đường dây nóng", "", "0912000999", null));
	}

	/** A citizen's report at the middle of a commune (moved north by {@code offset} degrees). */
	private String report(String idNumber, String category, String commune, double offset, boolean anonymous, String text) {
		double[] centre = map.all().stream().filter(b -> b.agencyCode().equals(commune)).map(Boundary::area)
				.findFirst().orElseThrow().centroid();
		return intake.submit(citizen(idNumber), new NewReport(category, text, centre[0] + offset, centre[1], "", anonymous,
				List.of(), UUID.randomUUID(), null, null, null, null)).code();
	}

	private void act(Actor actor, String code, Action action, ActionInput input) {
		actions.act(actor, code, action, input);
	}

	private static ActionInput input(String note, String agency, String reason, String mergeInto, String answer,
			Integer rating) {
		return new ActionInput(note, agency, null, reason, mergeInto, answer, rating, null, List.of(), null);
	}

	private ActionInput handler(String commune) {
		return new ActionInput("", null, official(commune, Role.SPECIALIST).username(), null, null, null, null, null,
				List.of(), null);
	}

	private Actor citizen(String idNumber) {
		ApplicantProfile p = applicants.findByIdNumber(idNumber).orElseThrow();
		return new Actor(p.accountId(), idNumber, p.name(), p.kind());
	}

	private Actor operator() {
		return staff.officialsWithRole(IOC_UNIT, Role.IOC_OPERATOR).get(0);
	}

	private Actor official(String agency, Role role) {
		return staff.officialsWithRole(agency, role).get(0);
	}
}

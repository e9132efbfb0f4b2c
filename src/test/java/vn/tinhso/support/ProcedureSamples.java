package vn.tinhso.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import vn.tinhso.directory.Role;
import vn.tinhso.procedure.ApplicantType;
import vn.tinhso.procedure.Component;
import vn.tinhso.procedure.Fee;
import vn.tinhso.procedure.OnlineLevel;
import vn.tinhso.procedure.ProcessStep;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureLevel;
import vn.tinhso.procedure.ResultPaper;

/** Valid procedures with unique national codes, to be varied by each test. */
public final class ProcedureSamples {

	private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

	private ProcedureSamples() {
	}

	public static String nextNationalCode() {
		return String.format("2.9%05d", SEQUENCE.getAndIncrement());
	}

	/** A 3-day procedure: receive 0.5, appraise 1.5, approve 0.5, return 0.5. */
	public static Procedure of(String name, ProcedureLevel level, List<String> implementers) {
		return new Procedure(nextNationalCode(), Fixtures.ROOT, name, "Hộ tịch", level, implementers, new BigDecimal("3"),
				OnlineLevel.FULL, EnumSet.of(ApplicantType.CITIZEN), "Nộp trực tuyến hoặc tại Bộ phận Một cửa.", "",
				List.of(new Fee("Lệ phí đăng ký", 8000, "")),
				List.of(new Component("TP1", "Tờ khai theo mẫu", 1, 0, true, "Mẫu TK-01", null),
						new Component("TP2", "Giấy ủy quyền (khi nộp thay)", 1, 0, false, "", null)),
				List.of(new ResultPaper("Giấy chứng nhận (bản chính)", true)),
				List.of("Luật Hộ tịch số 60/2014/QH13"), LocalDate.of(2025, 7, 1), null,
				List.of(new ProcessStep("Tiếp nhận hồ sơ", Role.ONE_STOP_OFFICER, "Bộ phận Một cửa", new BigDecimal("0.5")),
						new ProcessStep("Thẩm định hồ sơ", Role.SPECIALIST, "Phòng chuyên môn", new BigDecimal("1.5")),
						new ProcessStep("Phê duyệt", Role.LEADER, "Lãnh đạo", new BigDecimal("0.5")),
						new ProcessStep("Trả kết quả", Role.ONE_STOP_OFFICER, "Bộ phận Một cửa", new BigDecimal("0.5"))));
	}
}

package vn.tinhso.dossier.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.directory.ApplicantDirectory;
import vn.tinhso.directory.ApplicantProfile;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.dossier.Channel;
import vn.tinhso.dossier.core.ActionRequest;
import vn.tinhso.dossier.core.Applicant;
import vn.tinhso.dossier.core.Dossier;
import vn.tinhso.dossier.core.DossierService;
import vn.tinhso.dossier.core.Dossiers;
import vn.tinhso.dossier.core.Submission;
import vn.tinhso.dossier.core.Upload;
import vn.tinhso.dossier.papers.SamplePapers;
import vn.tinhso.platform.Actor;
import vn.tinhso.procedure.Component;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCatalogue;
import vn.tinhso.platform.ProvinceTime;

/**
 * Dossiers in every stage for the demo province, made through the same service as real ones by the
 * demo citizens and officials: something waits in each demo inbox on first start.
 */
@org.springframework.stereotype.Component
@Order(3)
class DemoDossiers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);
	private static final String PROVINCE = ".000.00.00.H27";
	private static final String KINH_BAC = "000.01.40.H27";
	private static final String JUSTICE = "000.00.03.H27";
	private static final String CONSTRUCTION = "000.00.07.H27";

	private final DossierService service;
	private final Dossiers dossiers;
	private final ProcedureCatalogue catalogue;
	private final ApplicantDirectory applicants;
	private final StaffAccess staff;
	private final JdbcClient jdbc;
	private final TransactionTemplate tx;
	private final boolean enabled;

	DemoDossiers(DossierService service, Dossiers dossiers, ProcedureCatalogue catalogue, ApplicantDirectory applicants,
			StaffAccess staff, JdbcClient jdbc, TransactionTemplate tx, @Value("${tinhso.demo.enabled:true}") boolean enabled) {
		this.service = service;
		this.dossiers = dossiers;
		this.catalogue = catalogue;
		this.applicants = applicants;
		this.staff = staff;
		this.jdbc = jdbc;
		this.tx = tx;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean empty = jdbc.sql("select not exists (select 1 from dossier)").query(Boolean.class).single();
		if (!enabled || !empty || staff.officialsWithRole(KINH_BAC, Role.ONE_STOP_OFFICER).isEmpty()) {
			return;
		}
		tx.executeWithoutResult(status -> load());
		log.info("Demo dossiers loaded");
	}

	private void load() {
		String binh = "027090001234";
		String mai = "024195004321";
		String chau = "027301005678";
		online(binh, "1.001193", KINH_BAC, 0);                               // khai sinh: waiting for reception
		online(binh, "1.004873", KINH_BAC, 2);                               // tình trạng hôn nhân: with the specialist
		String record = online(mai, "2.000488", JUSTICE, 2);                 // lý lịch tư pháp: supplement asked
		act(record, Role.SPECIALIST, "REQUEST_SUPPLEMENT", "Đề nghị bổ sung bản chụp Căn cước còn rõ nét.");
		String licence = online(chau, "1.012965", CONSTRUCTION, 99);         // đổi giấy phép lái xe: finished
		returnResult(licence);
		atTheDesk(binh, "Nguyễn Văn Bình", "2.000488", JUSTICE, 3);          // at the leader
		atTheDesk(chau, "Lê Minh Châu", "2.000815", KINH_BAC, 99);           // chứng thực: result ready
		online("2300123454", "1.002861", CONSTRUCTION, 1);                   // giấy phép vận tải: received
		String death = online(mai, "1.000656", KINH_BAC, 0);
		act(death, Role.ONE_STOP_OFFICER, "REFUSE_RECEIPT", "Việc khai tử thuộc thẩm quyền UBND nơi cư trú cuối cùng của người chết.");
		String permit = online(binh, "1.009994", KINH_BAC, 1);
		applicantAct(binh, permit, "WITHDRAW");
	}

	/** Applies online and moves the dossier {@code steps} actions along (99: until processed). */
	private String online(String idNumber, String nationalCode, String agency, int steps) {
		ApplicantProfile p = applicants.findByIdNumber(idNumber).orElseThrow();
		Actor applicant = new Actor(p.accountId(), idNumber, p.name(), p.kind());
		Procedure procedure = procedure(nationalCode);
		String code = service.submit(applicant, new Submission(procedure.code(), agency, Channel.ONLINE, UUID.randomUUID(),
				null, papers(procedure, p.name()), true));
		advance(code, steps);
		return code;
	}

	private void atTheDesk(String idNumber, String name, String nationalCode, String agency, int steps) {
		Procedure procedure = procedure(nationalCode);
		Actor officer = staff.officialsWithRole(agency, Role.ONE_STOP_OFFICER).get(0);
		String code = service.submit(officer, new Submission(procedure.code(), agency, Channel.IN_PERSON, UUID.randomUUID(),
				new Applicant(null, "CITIZEN", name, idNumber, "", "", ""), papers(procedure, name), false));
		advance(code, steps);
	}

	private void advance(String code, int steps) {
		for (int i = 0; i < steps; i++) {
			Dossier d = dossiers.findByCode(code).orElseThrow();
			if (d.status().code() >= 9) {
				return;
			}
			String action = d.status().code() == 1 ? "RECEIVE" : d.step().role() == Role.LEADER ? "APPROVE" : "HAND_OVER";
			act(code, d.status().code() == 1 ? Role.ONE_STOP_OFFICER : d.step().role(), action, "");
		}
	}

	private void act(String code, Role role, String action, String note) {
		Dossier d = dossiers.findByCode(code).orElseThrow();
		Actor official = staff.officialsWithRole(d.agencyCode(), role).get(0);
		service.act(official, code, new ActionRequest(action, note, null, List.of(), ActionRequest.ANY_VERSION));
	}

	private void returnResult(String code) {
		Dossier d = dossiers.findByCode(code).orElseThrow();
		Actor officer = staff.officialsWithRole(d.agencyCode(), Role.ONE_STOP_OFFICER).get(0);
		byte[] result = SamplePapers.form(d.procedure().results().get(0).name(), d.applicant().name(), d.procedure().name());
		service.act(officer, code, new ActionRequest("RETURN_RESULT", "Trả kết quả điện tử", null,
				List.of(new Upload(null, "ket-qua.pdf", result)), ActionRequest.ANY_VERSION));
	}

	private void applicantAct(String idNumber, String code, String action) {
		ApplicantProfile p = applicants.findByIdNumber(idNumber).orElseThrow();
		service.act(new Actor(p.accountId(), idNumber, p.name(), p.kind()), code,
				new ActionRequest(action, "", null, List.of(), ActionRequest.ANY_VERSION));
	}

	private Procedure procedure(String nationalCode) {
		return catalogue.inEffect(nationalCode + PROVINCE, LocalDate.now(ProvinceTime.ZONE))
				.orElseThrow(() -> new IllegalStateException("Demo procedure missing: " + nationalCode));
	}

	private static List<Upload> papers(Procedure procedure, String applicant) {
		return procedure.components().stream().filter(Component::mandatory)
				.map(c -> new Upload(c.code(), c.code().toLowerCase() + ".pdf", SamplePapers.form(c.name(), applicant, procedure.name())))
				.toList();
	}
}

package vn.tinhso.procedure.catalogue;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tinhso.procedure.ApplicantType;
import vn.tinhso.procedure.Procedure;

/** A generated blank form for every demo component that names an official form, so the demo has files to download. */
@Component
class DemoTemplates {

	private static final List<String> CITIZEN = List.of("Họ, chữ đệm, tên người yêu cầu: ", "Ngày, tháng, năm sinh: ",
			"Số định danh cá nhân: ", "Nơi cư trú: ", "Số điện thoại: ", "Thư điện tử: ");
	private static final List<String> ORGANISATION = List.of("Tên tổ chức: ", "Mã số doanh nghiệp/mã số thuế: ",
			"Địa chỉ trụ sở chính: ", "Người đại diện theo pháp luật: ", "Số điện thoại: ", "Thư điện tử: ");
	private static final List<String> EITHER = List.of("Họ, chữ đệm, tên người yêu cầu hoặc người đại diện: ",
			"Tên tổ chức (nếu là tổ chức): ", "Số định danh cá nhân hoặc mã số doanh nghiệp: ", "Địa chỉ: ",
			"Số điện thoại: ", "Thư điện tử: ");

	private final ComponentTemplates templates;

	DemoTemplates(ComponentTemplates templates) {
		this.templates = templates;
	}

	/** Attaches the generated forms; returns how many. */
	int attachAll(List<Procedure> procedures) {
		int attached = 0;
		for (Procedure p : procedures) {
			for (var c : p.components()) {
				if (c.templateName() != null && !c.templateName().isBlank()) {
					byte[] form = BlankForm.docx(c.templateName(), c.name(), p.name(), fields(p.applicantTypes()));
					templates.attach(p.code(), c.code(), null, form);
					attached++;
				}
			}
		}
		return attached;
	}

	static List<String> fields(Set<ApplicantType> types) {
		if (types.size() > 1) {
			return EITHER;
		}
		return types.contains(ApplicantType.ORGANISATION) ? ORGANISATION : CITIZEN;
	}
}

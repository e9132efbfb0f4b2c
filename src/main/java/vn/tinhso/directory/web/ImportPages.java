package vn.tinhso.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tinhso.directory.importing.ImportService;
import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Problems;

/** Upload a CSV, then watch the job validate and import (the page polls while it runs). */
@Controller
@RequestMapping("/admin/imports")
class ImportPages {

	static final String AGENCIES_TEMPLATE = "ma_dinh_danh,ten,ten_ngan,viet_tat,loai,ma_cap_tren,dia_chi,dien_thoai,email\n"
			+ "000.00.31.H27,Sở Ví dụ,Sở Ví dụ,SVD,DEPARTMENT,000.00.00.H27,\"Số 1, phường Kinh Bắc\",0222 3800 000,svd@example.gov.vn\n";
	static final String OFFICIALS_TEMPLATE = "ten_dang_nhap,ho_ten,email,dien_thoai,chuc_vu,ma_co_quan,vai_tro\n"
			+ "nguyenvana,Nguyễn Văn A,nguyenvana@example.gov.vn,0912345678,Chuyên viên,000.00.07.H27,SPECIALIST;CLERK\n";

	private final ImportService imports;
	private final Problems problems;

	ImportPages(ImportService imports, Problems problems) {
		this.imports = imports;
		this.problems = problems;
	}

	@GetMapping
	String index() {
		return "admin/imports";
	}

	@PostMapping("/{kind}")
	String upload(@PathVariable String kind, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			long id = imports.submit(kind, file.getOriginalFilename(), file.getBytes());
			return "redirect:/admin/imports/jobs/" + id;
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("alert", problems.message(e.code(), e.args()));
			return "redirect:/admin/imports";
		}
	}

	@GetMapping("/jobs/{id}")
	String job(@PathVariable long id, Model model) {
		model.addAttribute("job", imports.findFor(Actors.require(), id));
		return "admin/import-job";
	}

	@GetMapping("/template/{kind}.csv")
	ResponseEntity<byte[]> template(@PathVariable String kind) {
		String body = switch (kind) {
			case "agencies" -> AGENCIES_TEMPLATE;
			case "officials" -> OFFICIALS_TEMPLATE;
			default -> throw DomainException.notFound("import.kind-unknown", kind);
		};
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-" + kind + ".csv\"")
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.body(body.getBytes(StandardCharsets.UTF_8));
	}
}

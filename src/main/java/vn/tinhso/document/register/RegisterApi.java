package vn.tinhso.document.register;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.platform.Actors;

/** The printable registers (sổ đăng ký văn bản đến / đi, Decree 30 Appendix IV) as PDF or spreadsheet. */
@RestController
@RequestMapping("/api/v1/documents/registers")
@Tag(name = "Documents")
class RegisterApi {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final RegisterExports exports;

	RegisterApi(RegisterExports exports) {
		this.exports = exports;
	}

	@GetMapping("/{direction}.pdf")
	@Operation(summary = "An agency's incoming or outgoing register for a year as a landscape A4 PDF",
			description = "direction: incoming|outgoing; agency: its code (clerks and leaders there); year: default this year; secret=true: the secret register (leaders)")
	void pdf(@PathVariable String direction, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean secret,
			HttpServletResponse response) throws IOException {
		send(direction, agency, year, secret, RegisterExports.Format.PDF, response);
	}

	@GetMapping("/{direction}.xlsx")
	@Operation(summary = "The same register as a spreadsheet (.xlsx)")
	void xlsx(@PathVariable String direction, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean secret,
			HttpServletResponse response) throws IOException {
		send(direction, agency, year, secret, RegisterExports.Format.XLSX, response);
	}

	private void send(String direction, String agency, Integer year, boolean secret, RegisterExports.Format format,
			HttpServletResponse response) throws IOException {
		RegisterSpec spec = exports.check(Actors.require(), direction, agency, year, secret);
		boolean pdf = format == RegisterExports.Format.PDF;
		response.setContentType(pdf ? "application/pdf" : XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(spec.fileName(pdf ? "pdf" : "xlsx"), StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		exports.write(spec, format, response.getOutputStream());
	}
}

package vn.tinhso.signing.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.signing.PdfVerification;

@RestController
@RequestMapping("/api/v1/signatures")
@Tag(name = "Ký số (signing)", description = "Kiểm tra chữ ký số trên tệp PDF")
class VerificationApi {

	private final PdfVerification verification;
	private final VerificationMessages messages;

	VerificationApi(PdfVerification verification, VerificationMessages messages) {
		this.verification = verification;
		this.messages = messages;
	}

	@PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Verify every signature of an uploaded PDF (multipart field 'file'); nothing is stored")
	VerificationResource verify(@RequestParam("file") MultipartFile file) throws IOException {
		var report = verification.verify(file.getBytes());
		return VerificationResource.of(report, messages.summary(report));
	}
}

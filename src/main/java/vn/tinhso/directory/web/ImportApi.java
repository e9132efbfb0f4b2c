package vn.tinhso.directory.web;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.directory.importing.ImportJob;
import vn.tinhso.directory.importing.ImportService;
import vn.tinhso.platform.Actors;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Nhập CSV (imports)", description = "Nhập cơ quan, cán bộ từ tệp CSV: kiểm tra toàn bộ trước, lỗi thì không nhập gì")
class ImportApi {

	private final ImportService imports;

	ImportApi(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/{kind}", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Start an import of 'agencies' or 'officials' from a CSV body; follow the returned job")
	ResponseEntity<ImportJob> csvBody(@PathVariable String kind, @RequestBody byte[] body,
			@RequestParam(defaultValue = "upload.csv") String fileName) {
		return accepted(imports.submit(kind, fileName, body));
	}

	@PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportJob> multipart(@PathVariable String kind, @RequestPart("file") MultipartFile file)
			throws IOException {
		return accepted(imports.submit(kind, file.getOriginalFilename(), file.getBytes()));
	}

	@GetMapping("/jobs/{id}")
	ImportJob job(@PathVariable long id) {
		return imports.findFor(Actors.require(), id);
	}

	private ResponseEntity<ImportJob> accepted(long id) {
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/jobs/" + id))
				.body(imports.findFor(Actors.require(), id));
	}
}

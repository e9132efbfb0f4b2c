package vn.tinhso.signing.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.platform.Actors;
import vn.tinhso.platform.DomainException;
import vn.tinhso.signing.keys.KeyAdmin;
import vn.tinhso.signing.keys.KeyOwner;

/**
 * Keys and images of agencies (their seal) and officials (their personal signature), for system
 * administrators and the agency administrators above them. A refused upload stores nothing.
 */
@RestController
@RequestMapping("/api/v1/signing")
@Tag(name = "Ký số — quản trị khóa (signing keys)", description = "Kho khóa PKCS#12, hình chữ ký và con dấu")
class KeyAdminApi {

	private final KeyAdmin admin;

	KeyAdminApi(KeyAdmin admin) {
		this.admin = admin;
	}

	@GetMapping("/keys")
	@Operation(summary = "The stored keys this administrator manages (certificates only)")
	List<KeyResource> keys() {
		return admin.visibleTo(Actors.require()).stream().map(KeyResource::of).toList();
	}

	@PostMapping(path = "/agencies/{code}/keystore", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Store an agency's seal key from a PKCS#12 file ('file') and its 'password'")
	KeyResource agencyKeystore(@PathVariable String code, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "password", defaultValue = "") String password) throws IOException {
		return keystore(KeyOwner.agency(code), file, password);
	}

	@PostMapping(path = "/officials/{accountId}/keystore", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Store an official's personal key from a PKCS#12 file ('file') and its 'password'")
	KeyResource officialKeystore(@PathVariable long accountId, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "password", defaultValue = "") String password) throws IOException {
		return keystore(KeyOwner.official(accountId), file, password);
	}

	@DeleteMapping("/agencies/{code}/keystore")
	ResponseEntity<Void> removeAgencyKey(@PathVariable String code) {
		admin.removeKey(Actors.require(), KeyOwner.agency(code));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/officials/{accountId}/keystore")
	ResponseEntity<Void> removeOfficialKey(@PathVariable long accountId) {
		admin.removeKey(Actors.require(), KeyOwner.official(accountId));
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/agencies/{code}/image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Store an agency's seal image (PNG with a transparent background, 'file')")
	ResponseEntity<Void> agencyImage(@PathVariable String code, @RequestParam("file") MultipartFile file)
			throws IOException {
		admin.uploadImage(Actors.require(), KeyOwner.agency(code), file.getBytes());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/officials/{accountId}/image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Store an official's signature image (PNG with a transparent background, 'file')")
	ResponseEntity<Void> officialImage(@PathVariable long accountId, @RequestParam("file") MultipartFile file)
			throws IOException {
		admin.uploadImage(Actors.require(), KeyOwner.official(accountId), file.getBytes());
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/agencies/{code}/image", produces = MediaType.IMAGE_PNG_VALUE)
	byte[] agencyImagePng(@PathVariable String code) {
		return admin.image(Actors.require(), KeyOwner.agency(code))
				.orElseThrow(() -> DomainException.notFound("signing.no-image"));
	}

	@GetMapping(path = "/officials/{accountId}/image", produces = MediaType.IMAGE_PNG_VALUE)
	byte[] officialImagePng(@PathVariable long accountId) {
		return admin.image(Actors.require(), KeyOwner.official(accountId))
				.orElseThrow(() -> DomainException.notFound("signing.no-image"));
	}

	private KeyResource keystore(KeyOwner owner, MultipartFile file, String password) throws IOException {
		return KeyResource.of(admin.uploadKeystore(Actors.require(), owner, file.getBytes(), password.toCharArray()));
	}
}

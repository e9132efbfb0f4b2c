package vn.tinhso.feedback.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.feedback.apikey.ApiClient;
import vn.tinhso.feedback.apikey.ClientKeys;

/** System administrators issue and revoke the keys Open311 clients post reports with. */
@RestController
@RequestMapping("/api/v1/feedback/api-keys")
@Tag(name = "Phản ánh: khóa Open311 (API keys)", description = "Khóa cho ứng dụng gửi phản ánh qua Open311")
class FeedbackApiKeyApi {

	private final ClientKeys keys;

	FeedbackApiKeyApi(ClientKeys keys) {
		this.keys = keys;
	}

	@GetMapping
	List<ApiClient> list() {
		return keys.all();
	}

	@PostMapping
	@Operation(summary = "Issue a key for a client ({\"name\": …}); the key is in this answer only")
	ResponseEntity<ClientKeys.Issued> issue(@RequestBody Map<String, String> body) {
		ClientKeys.Issued issued = keys.issue(body.get("name"));
		return ResponseEntity.created(URI.create("/api/v1/feedback/api-keys/" + issued.client().id())).body(issued);
	}

	@PostMapping("/{id}/revoke")
	@Operation(summary = "Revoke a key; requests with it are refused at once")
	ApiClient revoke(@PathVariable long id) {
		return keys.revoke(id);
	}
}

package vn.tinhso.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.feedback.channel.ZaloChannel;
import vn.tinhso.feedback.channel.ZaloReply;

@RestController
@Tag(name = "Phản ánh qua Zalo OA (chat webhook)", description = "Tin nhắn từ nền tảng chat thành phản ánh")
class ZaloWebhookApi {

	private final ZaloChannel zalo;

	ZaloWebhookApi(ZaloChannel zalo) {
		this.zalo = zalo;
	}

	@PostMapping("/api/v1/feedback/channels/zalo/webhook")
	@Operation(summary = "A chat message from the platform gateway, signed with HMAC-SHA256 of the raw body (X-Signature)",
			description = "Answers CREATED (with the report code), NEED_LOCATION, NEED_CATEGORY or DUPLICATE and the text "
					+ "to reply; 401 for a bad signature or a timestamp older than the allowed age.")
	ZaloReply receive(@RequestBody(required = false) byte[] body,
			@RequestHeader(value = "X-Signature", required = false) String signature) {
		return zalo.receive(body == null ? new byte[0] : body, signature);
	}
}

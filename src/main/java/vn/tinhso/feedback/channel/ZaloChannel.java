package vn.tinhso.feedback.channel;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.feedback.category.Category;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.photo.FeedbackPhotos;
import vn.tinhso.feedback.report.NewReport;
import vn.tinhso.feedback.report.Report;
import vn.tinhso.feedback.report.ReportIntake;
import vn.tinhso.feedback.report.Reporter;
import vn.tinhso.platform.DomainException;

/**
 * The chat-platform channel (Zalo Official Account style). The gateway posts each message as JSON:
 * <pre>{"message_id": "…", "timestamp": epoch-millis, "sender": {"id": "…"}, "text": "#ROAD ổ gà…",
 *  "location": {"lat": …, "lon": …}, "images": [{"url": "https://…"} | {"base64": "…"}]}</pre>
 * signed with HMAC-SHA256 of the raw body under the shared secret (header {@code X-Signature}, hex,
 * optionally prefixed {@code sha256=}). A bad or missing signature, or a timestamp more than
 * {@code maxAgeSeconds} away, is refused with 401 and nothing stored; a message id seen before is
 * answered DUPLICATE. The category comes from a {@code #CODE} tag or a category keyword in the text. With
 * a location, the message becomes a report at once (the platform identifies the sender, so no code is
 * needed; the sender's name is never shown in public); without one, it is kept per sender until a
 * message with the location arrives, and the reply asks for it.
 */
@Service
public class ZaloChannel {

	static final String PLATFORM = "ZALO";
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ZaloProperties properties;
	private final JsonMapper json;
	private final JdbcClient jdbc;
	private final ReportCategories categories;
	private final ReportIntake intake;
	private final FeedbackPhotos photos;
	private final RemoteImages remote;
	private final MessageSource messages;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final String publicUrl;

	ZaloChannel(ZaloProperties properties, JsonMapper json, JdbcClient jdbc, ReportCategories categories, ReportIntake intake,
			FeedbackPhotos photos, RemoteImages remote, MessageSource messages, TransactionTemplate transactions, Clock clock,
			@Value("${tinhso.public-url:http://localhost:8080}") String publicUrl) {
		this.properties = properties;
		this.json = json;
		this.jdbc = jdbc;
		this.categories = categories;
		this.intake = intake;
		this.photos = photos;
		this.remote = remote;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	private record Message(String id, String sender, String text, Double lat, Double lon, List<byte[]> images, int ignored) {
	}

	public ZaloReply receive(byte[] body, String signature) {
		if (!properties.enabled()) {
			throw DomainException.notFound("feedback.channel.disabled");
		}
		if (!signed(body, signature)) {
			throw DomainException.unauthorized("feedback.channel.signature");
		}
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException e) {
			throw DomainException.invalid("feedback.channel.payload", "JSON");
		}
		long timestamp = root.path("timestamp").asLong(0);
		if (Math.abs(Instant.now(clock).toEpochMilli() - timestamp) > properties.maxAgeSeconds() * 1000L) {
			throw DomainException.unauthorized("feedback.channel.stale", properties.maxAgeSeconds());
		}
		Message m = message(root);
		return transactions.execute(tx -> handle(m));
	}

	/** Constant-time comparison of the HMAC-SHA256 of the raw body with the header. */
	boolean signed(byte[] body, String header) {
		if (header == null || header.isBlank()) {
			return false;
		}
		String hex = header.strip().toLowerCase(Locale.ROOT);
		hex = hex.startsWith("sha256=") ? hex.substring(7) : hex;
		byte[] given;
		try {
			given = HexFormat.of().parseHex(hex);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
		return MessageDigest.isEqual(hmac(properties.secret(), body), given);
	}

	static byte[] hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	private Message message(JsonNode root) {
		String id = root.path("message_id").asString("").strip();
		String sender = root.path("sender").path("id").asString("").strip();
		if (id.isEmpty() || id.length() > 100 || sender.isEmpty() || sender.length() > 100) {
			throw DomainException.invalid("feedback.channel.payload", "message_id, sender.id");
		}
		String text = root.path("text").asString("").strip();
		if (text.length() > 4000) {
			throw DomainException.invalid("feedback.channel.payload", "text");
		}
		JsonNode location = root.path("location");
		Double lat = location.path("lat").isNumber() ? location.path("lat").doubleValue() : null;
		Double lon = location.path("lon").isNumber() ? location.path("lon").doubleValue() : null;
		List<byte[]> images = new ArrayList<>();
		int ignored = 0;
		for (JsonNode image : root.path("images")) {
			Optional<byte[]> bytes = image.has("base64") ? base64(image.path("base64").asString(""))
					: remote.fetch(image.path("url").asString(""));
			if (bytes.isPresent() && images.size() < photos.maxCount() && usable(bytes.get())) {
				images.add(bytes.get());
			}
			else {
				ignored++;
			}
		}
		return new Message(id, sender, text, lat, lon, images, ignored);
	}

	private Optional<byte[]> base64(String data) {
		if (data.length() > properties.imageBytes() / 3 * 4 + 4) {
			return Optional.empty();
		}
		try {
			return Optional.of(Base64.getMimeDecoder().decode(data));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** A broken image is left out rather than losing the whole message. */
	private boolean usable(byte[] image) {
		try {
			photos.prepare("images", List.of(image));
			return true;
		}
		catch (DomainException e) {
			return false;
		}
	}

	private ZaloReply handle(Message m) {
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		boolean first = jdbc.sql("insert into feedback_chat_message (platform, message_id, received_at) values (?, ?, ?) "
				+ "on conflict do nothing").params(PLATFORM, m.id(), now).update() == 1;
		if (!first) {
			return new ZaloReply("DUPLICATE", text("feedback.zalo.reply.duplicate"), null, 0);
		}
		Optional<Pending> pending = pending(m.sender());
		Optional<Category> category = categoryIn(m.text());
		if (category.isEmpty() && pending.isEmpty()) {
			String codes = String.join(", ", categories.all(true).stream().map(c -> "#" + c.code()).toList());
			return new ZaloReply("NEED_CATEGORY", text("feedback.zalo.reply.need-category", codes), null, m.ignored());
		}
		String categoryCode = category.map(Category::code).orElseGet(() -> pending.get().category());
		String description = pending.map(p -> (p.description() + " " + m.text()).strip()).orElse(m.text());
		if (m.lat() == null || m.lon() == null) {
			List<String> held = new ArrayList<>(pending.map(Pending::photos).orElse(List.of()));
			m.images().stream().limit(Math.max(0, photos.maxCount() - held.size())).forEach(i -> held.add(photos.hold("images", i)));
			jdbc.sql("""
					insert into feedback_chat_pending (platform, sender_id, category_code, description, photo_sha256s, updated_at)
					values (?, ?, ?, ?, ?, ?) on conflict (platform, sender_id) do update set category_code = excluded.category_code,
					  description = excluded.description, photo_sha256s = excluded.photo_sha256s, updated_at = excluded.updated_at""")
					.params(PLATFORM, m.sender(), categoryCode, clip(description, 2000), String.join(",", held), now).update();
			return new ZaloReply("NEED_LOCATION", text("feedback.zalo.reply.need-location"), null, m.ignored());
		}
		List<byte[]> images = new ArrayList<>(pending.map(p -> p.photos().stream().map(photos::read).toList()).orElse(List.of()));
		images.addAll(m.images());
		NewReport in = new NewReport(categoryCode, description, m.lat(), m.lon(), "", true,
				images.subList(0, Math.min(images.size(), photos.maxCount())),
				UUID.nameUUIDFromBytes(("zalo:" + m.id()).getBytes(StandardCharsets.UTF_8)), null, null, null, null);
		Report r = intake.submitIdentified("zalo", PLATFORM, new Reporter(null, "Zalo " + m.sender(), "", "", true, m.sender()),
				"Zalo OA", in);
		jdbc.sql("delete from feedback_chat_pending where platform = ? and sender_id = ?").params(PLATFORM, m.sender()).update();
		// Plain text with the code and the public page: what a chat reply can carry.
		return new ZaloReply("CREATED", text("feedback.zalo.reply.created", r.code(), publicUrl + "/feedback/" + r.code()),
				r.code(), m.ignored());
	}

	private record Pending(String category, String description, List<String> photos) {
	}

	private Optional<Pending> pending(String sender) {
		return jdbc.sql("select * from feedback_chat_pending where platform = ? and sender_id = ? for update")
				.params(PLATFORM, sender).query((rs, i) -> {
					String shas = rs.getString("photo_sha256s");
					return new Pending(rs.getString("category_code"), rs.getString("description"),
							shas.isEmpty() ? List.<String>of() : Arrays.asList(shas.split(",")));
				}).optional();
	}

	/** A {@code #CODE} tag wins; otherwise the first active category one of whose keywords the text contains. */
	Optional<Category> categoryIn(String text) {
		String lower = text.toLowerCase(VIETNAMESE);
		List<Category> active = categories.all(true);
		for (Category c : active) {
			if (lower.matches("(?s).*(^|\\s)#" + java.util.regex.Pattern.quote(c.code().toLowerCase(Locale.ROOT)) + "(\\s|$).*")) {
				return Optional.of(c);
			}
		}
		return active.stream().filter(c -> Arrays.stream(c.keywords().split(",")).map(k -> k.strip().toLowerCase(VIETNAMESE))
				.anyMatch(k -> k.length() >= 2 && lower.contains(k))).findFirst();
	}

	/** Chat messages and waiting conversations older than a day are forgotten. */
	int forget(OffsetDateTime before) {
		return jdbc.sql("delete from feedback_chat_message where received_at < ?").param(before).update()
				+ jdbc.sql("delete from feedback_chat_pending where updated_at < ?").param(before).update();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

	private static String clip(String s, int max) {
		return s.length() > max ? s.substring(0, max) : s;
	}
}

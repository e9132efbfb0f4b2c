package vn.tinhso.feedback.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.feedback.FeedbackCodeRequested;
import vn.tinhso.feedback.photo.FeedbackPhotos;
import vn.tinhso.feedback.report.FieldReports;
import vn.tinhso.feedback.report.NewReport;
import vn.tinhso.feedback.report.Report;
import vn.tinhso.feedback.report.ReportIntake;
import vn.tinhso.feedback.report.Reporter;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Emails;
import vn.tinhso.platform.FieldProblem;

/**
 * Reports from people without an account. The report is checked as any other, then held (not a report
 * yet: no list, map, figure or Open311 query sees it) while a 6-digit code goes to the e-mail address or
 * phone number given. Typing the code in time makes it an ordinary report (channel GUEST), once:
 * confirming again returns the same report. Wrong codes are counted and, past the limit, the report stays
 * unconfirmed; unconfirmed reports are deleted after {@code keepHours}. Nothing confirmed is ever lost.
 */
@Service
public class GuestReports {

	static final String SCOPE = "guest";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final ReportIntake intake;
	private final FieldReports reports;
	private final FeedbackPhotos photos;
	private final ApplicationEventPublisher publisher;
	private final GuestProperties properties;
	private final TransactionTemplate transactions;
	private final Clock clock;

	GuestReports(JdbcClient jdbc, ReportIntake intake, FieldReports reports, FeedbackPhotos photos, ApplicationEventPublisher publisher,
			GuestProperties properties, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.reports = reports;
		this.photos = photos;
		this.publisher = publisher;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The contact a submission is limited by (lower-case e-mail address or phone digits), or empty. */
	public static String contactKey(String email, String phone) {
		if (email != null && !email.isBlank()) {
			return "email:" + email.strip().toLowerCase(java.util.Locale.ROOT);
		}
		return phone == null || phone.isBlank() ? "" : "phone:" + phone.replaceAll("[^0-9+]", "");
	}

	/** Checks and holds a guest's report and sends the code; the e-mail address wins when both are given. */
	public HeldReport submit(NewReport in, String email, String phone, String clientIp) {
		String mail = email == null ? "" : email.strip();
		String tel = phone == null ? "" : phone.strip();
		String name = in.reporterName() == null ? "" : in.reporterName().strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (mail.isEmpty() && tel.isEmpty()) {
			problems.add(new FieldProblem("contact", "feedback.guest.contact-required"));
		}
		if (!mail.isEmpty() && (mail.length() > 200 || !Emails.isValid(mail))) {
			problems.add(new FieldProblem("email", "value.email"));
		}
		if (!tel.isEmpty() && !tel.matches("^\\+?[0-9 .-]{6,19}$")) {
			problems.add(new FieldProblem("phone", "value.phone"));
		}
		if (name.length() > 200) {
			problems.add(new FieldProblem("reporterName", "value.too-long", 200));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		intake.check(in);
		String kind = mail.isEmpty() ? "PHONE" : "EMAIL";
		String contact = mail.isEmpty() ? tel.replaceAll("[ .-]", "") : mail;
		UUID id = UUID.randomUUID();
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		OffsetDateTime expires = now.plusMinutes(properties.codeMinutes());
		return transactions.execute(tx -> {
			List<String> held = in.photos().stream().map(p -> photos.hold("photos", p)).toList();
			jdbc.sql("""
					insert into feedback_unconfirmed (id, category_code, description, lat, lon, address, anonymous, reporter_name,
					  contact_kind, contact, photo_sha256s, code_sha256, code_expires_at, client_ip, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(id, in.categoryCode().strip(), in.description().strip(), in.lat(), in.lon(),
							in.address() == null ? "" : in.address().strip(), in.anonymous(), name.isEmpty() ? "Người phản ánh" : name,
							kind, contact, String.join(",", held), hash(id, code), expires, clip(clientIp, 64), now)
					.update();
			publisher.publishEvent(new FeedbackCodeRequested(kind, contact, code, properties.codeMinutes(),
					"feedback-code/" + id));
			return new HeldReport(id, "UNCONFIRMED", kind, hint(kind, contact), expires, properties.maxAttempts(), null);
		});
	}

	/**
	 * Confirms a held report with its code. A wrong code is counted (committed even though the request
	 * fails); the right one makes the report, in a transaction of its own.
	 */
	public Report confirm(UUID id, String code) {
		String typed = code == null ? "" : code.strip();
		if (!typed.matches("^[0-9]{6}$")) {
			throw DomainException.invalidFields(List.of(new FieldProblem("code", "feedback.guest.code-format")));
		}
		Checked checked = transactions.execute(tx -> check(id, typed));
		if (checked.attemptsLeft() == 0) {
			throw DomainException.conflict("feedback.guest.locked", properties.maxAttempts());
		}
		if (checked.attemptsLeft() > 0) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "feedback.guest.code-wrong", List.of(),
					checked.attemptsLeft());
		}
		Held held = checked.held();
		if (held.reportId() != null) {
			return reports.find(held.reportId()).orElseThrow();
		}
		return transactions.execute(tx -> {
			NewReport in = new NewReport(held.category(), held.description(), held.lat(), held.lon(), held.address(),
					held.anonymous(), held.photoSha256s().stream().map(photos::read).toList(), id, held.name(), null, null, null);
			boolean email = "EMAIL".equals(held.contactKind());
			Reporter reporter = new Reporter(null, held.name(), email ? held.contact() : "", email ? "" : held.contact(),
					held.anonymous());
			Report r = intake.submitIdentified(SCOPE, "GUEST", reporter, held.name(), in);
			jdbc.sql("update feedback_unconfirmed set report_id = ? where id = ?").params(r.id(), id).update();
			return r;
		});
	}

	/** Where a held report stands, for the page that waits for the code. */
	public HeldReport status(UUID id) {
		Held h = find(id, false).orElseThrow(() -> DomainException.notFound("feedback.guest.not-found"));
		String status = h.reportId() != null ? "CONFIRMED" : h.attempts() >= properties.maxAttempts() ? "LOCKED" : "UNCONFIRMED";
		String reportCode = h.reportId() == null ? null : reports.find(h.reportId()).map(Report::code).orElse(null);
		return new HeldReport(id, status, h.contactKind(), hint(h.contactKind(), h.contact()), h.expiresAt(),
				Math.max(0, properties.maxAttempts() - h.attempts()), reportCode);
	}

	/** attemptsLeft: -1 for the right code (or one confirmed before), else what is left after this wrong one. */
	private record Checked(Held held, int attemptsLeft) {
	}

	/** Counts a wrong code without throwing, so the count commits with the transaction. */
	private Checked check(UUID id, String typed) {
		Held h = find(id, true).orElseThrow(() -> DomainException.notFound("feedback.guest.not-found"));
		if (h.reportId() != null) {
			return new Checked(h, -1);
		}
		if (h.attempts() >= properties.maxAttempts()) {
			throw DomainException.conflict("feedback.guest.locked", properties.maxAttempts());
		}
		if (OffsetDateTime.now(clock).isAfter(h.expiresAt())) {
			throw DomainException.conflict("feedback.guest.code-expired");
		}
		boolean right = MessageDigest.isEqual(hash(id, typed).getBytes(StandardCharsets.US_ASCII),
				h.codeSha256().getBytes(StandardCharsets.US_ASCII));
		if (!right) {
			jdbc.sql("update feedback_unconfirmed set attempts = attempts + 1 where id = ?").param(id).update();
			return new Checked(h, Math.max(0, properties.maxAttempts() - h.attempts() - 1));
		}
		return new Checked(h, -1);
	}

	private Optional<Held> find(UUID id, boolean lock) {
		OffsetDateTime oldest = OffsetDateTime.now(clock).minusHours(properties.keepHours());
		return jdbc.sql("select * from feedback_unconfirmed where id = ? and (report_id is not null or created_at > ?)"
				+ (lock ? " for update" : "")).params(id, oldest).query(GuestReports::held).optional();
	}

	/** Deletes unconfirmed reports past their keeping time and confirmed ones' held copies. */
	int purge() {
		OffsetDateTime before = OffsetDateTime.now(clock).minusHours(properties.keepHours());
		return jdbc.sql("delete from feedback_unconfirmed where created_at < ?").param(before).update();
	}

	private record Held(String category, String description, Double lat, Double lon, String address, boolean anonymous,
			String name, String contactKind, String contact, List<String> photoSha256s, String codeSha256,
			OffsetDateTime expiresAt, int attempts, Long reportId) {
	}

	private static Held held(ResultSet rs, int i) throws SQLException {
		String shas = rs.getString("photo_sha256s");
		return new Held(rs.getString("category_code"), rs.getString("description"), (Double) rs.getObject("lat"),
				(Double) rs.getObject("lon"), rs.getString("address"), rs.getBoolean("anonymous"), rs.getString("reporter_name"),
				rs.getString("contact_kind"), rs.getString("contact"),
				shas.isEmpty() ? List.of() : Arrays.asList(shas.split(",")), rs.getString("code_sha256"),
				rs.getObject("code_expires_at", OffsetDateTime.class), rs.getInt("attempts"), (Long) rs.getObject("report_id"));
	}

	/** The code bound to its report, so a hash cannot be moved to another row. */
	private static String hash(UUID id, String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest((id + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String hint(String kind, String contact) {
		if ("EMAIL".equals(kind)) {
			int at = contact.indexOf('@');
			return contact.charAt(0) + "***" + contact.substring(at);
		}
		return "***" + contact.substring(Math.max(0, contact.length() - 3));
	}

	private static String clip(String s, int max) {
		String v = s == null ? "" : s;
		return v.length() > max ? v.substring(0, max) : v;
	}
}

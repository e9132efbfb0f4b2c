package vn.tinhso.feedback.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.directory.ApplicantDirectory;
import vn.tinhso.directory.ApplicantProfile;
import vn.tinhso.feedback.apikey.ApiClient;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.category.Category;
import vn.tinhso.feedback.geo.Boundary;
import vn.tinhso.feedback.geo.CommuneMap;
import vn.tinhso.feedback.photo.FeedbackPhotos;
import vn.tinhso.feedback.photo.PreparedPhoto;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.Emails;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.platform.ProvinceTime;

/**
 * Receives reports: from a signed-in citizen, from an IOC operator typing a hotline call, or from an
 * Open311 client. Everything is checked (category, text, place inside the province, photos) before
 * anything is stored; a refused report leaves no trace. The same idempotency key from the same sender
 * returns the report the first request made.
 */
@Service
public class ReportIntake {

	public static final int MIN_DESCRIPTION = 10;
	public static final int MAX_DESCRIPTION = 2000;
	private static final String OUTSIDE_PROVINCE = "feedback.location.outside-province";
	/** The fields whose problems leave no point to place in a commune. */
	private static final Set<String> PLACE_FIELDS = Set.of("lat", "lon", "location");

	private final FieldReports reports;
	private final ReportCategories categories;
	private final CommuneMap communes;
	private final FeedbackPhotos photos;
	private final ApplicantDirectory applicants;
	private final ReportAccess access;
	private final ReportDeadlines deadlines;
	private final StepAnnouncer events;
	private final Clock clock;

	ReportIntake(FieldReports reports, ReportCategories categories, CommuneMap communes, FeedbackPhotos photos,
			ApplicantDirectory applicants, ReportAccess access, ReportDeadlines deadlines, StepAnnouncer events, Clock clock) {
		this.reports = reports;
		this.categories = categories;
		this.communes = communes;
		this.photos = photos;
		this.applicants = applicants;
		this.access = access;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
	}

	/** A report by a signed-in citizen (or organisation), or by an IOC operator for a hotline caller. */
	@Transactional
	public Report submit(Actor actor, NewReport in) {
		Reporter reporter;
		String channel;
		Long enteredBy = null;
		if (actor.isOfficial()) {
			if (!access.isOperator(actor)) {
				throw DomainException.forbidden("feedback.report.create-forbidden");
			}
			List<FieldProblem> problems = new ArrayList<>();
			reporter = typedReporter(in, in.anonymous(), true, problems);
			if (!problems.isEmpty()) {
				// Refused with every problem of the report too (photos and place included), so the operator
				// corrects everything in one go.
				checked(in, problems);
			}
			channel = "HOTLINE";
			enteredBy = actor.accountId();
		}
		else {
			ApplicantProfile p = applicants.find(actor.accountId())
					.orElseThrow(() -> DomainException.forbidden("feedback.report.create-forbidden"));
			reporter = new Reporter(p.accountId(), p.name(), nullToEmpty(p.email()), nullToEmpty(p.phone()), in.anonymous());
			channel = "WEB";
		}
		return create("account:" + actor.accountId(), actor, reporter, channel, enteredBy, null, in);
	}

	/** A report sent by an Open311 client; its reporter's name is never shown in public. */
	@Transactional
	public Report submit(ApiClient client, NewReport in) {
		List<FieldProblem> problems = new ArrayList<>();
		Reporter reporter = typedReporter(in, true, false, problems);
		if (!problems.isEmpty()) {
			checked(in, problems);
		}
		return create("api-key:" + client.id(), null, reporter, "OPEN311", null, client.id(), in);
	}

	/**
	 * Checks a report sent without an account (category, text, place inside the province, photos) so the
	 * sender hears about mistakes before a confirmation code is sent; nothing is stored.
	 */
	public void check(NewReport in) {
		checked(in, new ArrayList<>());
	}

	/**
	 * A report whose sender was identified another way: a code they confirmed (channel GUEST) or a chat
	 * platform that knows them (ZALO). {@code scope} with the idempotency key makes a retry return the first.
	 */
	@Transactional
	public Report submitIdentified(String scope, String channel, Reporter reporter, String actorName, NewReport in) {
		return create(scope, null, reporter, channel, null, null, actorName, in);
	}

	private record Checked(Category category, String description, String address, String mediaUrl, String commune,
			List<PreparedPhoto> photos) {
	}

	/** The fields as typed, stripped; their problems are added to {@code problems}. */
	private record Typed(Category category, String description, String address, String mediaUrl) {
	}

	private Typed typed(NewReport in, List<FieldProblem> problems) {
		Category category = category(in.categoryCode(), problems);
		String description = description(in.description(), problems);
		String address = in.address() == null ? "" : in.address().strip();
		String mediaUrl = mediaUrl(in.mediaUrl(), problems);
		checkPlace(in, address, problems);
		return new Typed(category, description, address, mediaUrl);
	}

	/**
	 * The report checked in one pass: its fields, its photos and whether the pin lies in the province, each
	 * problem added to those already found ({@code problems}, e.g. the reporter's). Refused with all of them
	 * at once; a pin outside the province alone is refused as such (422).
	 */
	private Checked checked(NewReport in, List<FieldProblem> problems) {
		Typed t = typed(in, problems);
		List<PreparedPhoto> prepared = List.of();
		try {
			prepared = photos.prepare("photos", in.photos());
		}
		catch (DomainException e) {
			if (e.fieldProblems().isEmpty()) {
				throw e;
			}
			problems.addAll(e.fieldProblems());
		}
		boolean placeTyped = problems.stream().noneMatch(p -> PLACE_FIELDS.contains(p.field()));
		String commune = in.lat() == null || !placeTyped ? null
				: communes.locate(in.lat(), in.lon()).map(Boundary::agencyCode).orElse(null);
		boolean outside = in.lat() != null && placeTyped && commune == null;
		if (!problems.isEmpty()) {
			if (outside) {
				problems.add(new FieldProblem("lat", OUTSIDE_PROVINCE));
			}
			throw DomainException.invalidFields(problems);
		}
		if (outside) {
			throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, OUTSIDE_PROVINCE, List.of());
		}
		return new Checked(t.category(), t.description(), t.address(), t.mediaUrl(), commune, prepared);
	}

	private Report create(String scope, Actor actor, Reporter reporter, String channel, Long enteredBy, Long apiKeyId,
			NewReport in) {
		return create(scope, actor, reporter, channel, enteredBy, apiKeyId,
				actor == null ? "Open311: " + reporter.name() : actor.displayName(), in);
	}

	private Report create(String scope, Actor actor, Reporter reporter, String channel, Long enteredBy, Long apiKeyId,
			String actorName, NewReport in) {
		if (in.idempotencyKey() != null) {
			Optional<Report> first = reports.findByIdempotency(scope, in.idempotencyKey());
			if (first.isPresent()) {
				return first.get();
			}
		}
		Checked c = checked(in, new ArrayList<>());
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		Place place = new Place(in.lat(), in.lon(), c.address(), c.commune());
		Long by = actor == null ? null : actor.accountId();
		Optional<Report> inserted = reports.insert(LocalDate.ofInstant(now.toInstant(), ProvinceTime.ZONE), UUID.randomUUID(),
				c.category().code(), c.description(), place, reporter, channel, enteredBy, apiKeyId, c.mediaUrl(), scope,
				in.idempotencyKey(), now, deadlines.refuseDue(now), by, actorName);
		if (inserted.isEmpty()) { // a concurrent request with the same key got there first
			return reports.findByIdempotency(scope, in.idempotencyKey()).orElseThrow();
		}
		Report created = inserted.get();
		for (PreparedPhoto p : c.photos()) {
			reports.attach(created.id(), ReportPhoto.REPORT, photos.store("photos", p), by);
		}
		events.publish(created, Action.SUBMIT, "");
		return created;
	}

	private Category category(String code, List<FieldProblem> problems) {
		Optional<Category> c = code == null || code.isBlank() ? Optional.empty()
				: categories.find(code.strip()).filter(Category::active);
		if (c.isEmpty()) {
			problems.add(new FieldProblem("category", "feedback.category.unknown", String.valueOf(code)));
			return null;
		}
		return c.get();
	}

	static String description(String text, List<FieldProblem> problems) {
		String d = text == null ? "" : text.strip();
		if (d.length() < MIN_DESCRIPTION || d.length() > MAX_DESCRIPTION) {
			problems.add(new FieldProblem("description", "value.length", MIN_DESCRIPTION, MAX_DESCRIPTION));
		}
		return d;
	}

	private static void checkPlace(NewReport in, String address, List<FieldProblem> problems) {
		if ((in.lat() == null) != (in.lon() == null)) {
			problems.add(new FieldProblem(in.lat() == null ? "lat" : "lon", "feedback.location.incomplete"));
		}
		else if (in.lat() == null && address.isEmpty()) {
			problems.add(new FieldProblem("location", "feedback.location.required"));
		}
		else if (in.lat() != null && (!Double.isFinite(in.lat()) || !Double.isFinite(in.lon()) || Math.abs(in.lat()) > 90
				|| Math.abs(in.lon()) > 180)) {
			problems.add(new FieldProblem("lat", "feedback.location.invalid"));
		}
		if (address.length() > 500) {
			problems.add(new FieldProblem("address", "value.too-long", 500));
		}
	}

	private static String mediaUrl(String url, List<FieldProblem> problems) {
		if (url == null || url.isBlank()) {
			return "";
		}
		String u = url.strip();
		try {
			URI uri = new URI(u);
			if (u.length() <= 500 && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
				return u;
			}
		}
		catch (URISyntaxException e) {
			// refused below
		}
		problems.add(new FieldProblem("media_url", "feedback.media-url.invalid"));
		return "";
	}

	/**
	 * The details a hotline caller or an Open311 client gave; an e-mail address, when given, must be valid.
	 * A hotline caller's phone number is required: the agency calls back on it and each step is texted to it.
	 * Problems are added to {@code problems} (the reporter returned is then not to be used).
	 */
	private static Reporter typedReporter(NewReport in, boolean anonymous, boolean phoneRequired, List<FieldProblem> problems) {
		String name = in.reporterName() == null ? "" : in.reporterName().strip();
		String email = in.reporterEmail() == null ? "" : in.reporterEmail().strip();
		String phone = in.reporterPhone() == null ? "" : in.reporterPhone().strip();
		if (phoneRequired && phone.isEmpty()) {
			problems.add(new FieldProblem("reporterPhone", "feedback.hotline.phone-required"));
		}
		if (name.length() > 200) {
			problems.add(new FieldProblem("reporterName", "value.too-long", 200));
		}
		if (!email.isEmpty() && !Emails.isValid(email)) {
			problems.add(new FieldProblem("reporterEmail", "value.email"));
		}
		if (!phone.isEmpty() && !phone.matches("^\\+?[0-9 .-]{6,19}$")) {
			problems.add(new FieldProblem("reporterPhone", "value.phone"));
		}
		return new Reporter(null, name.isEmpty() ? "Người phản ánh" : name, email, phone.replaceAll("[ .-]", ""), anonymous);
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}

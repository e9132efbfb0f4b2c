package vn.tinhso.feedback.open311;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.tinhso.feedback.apikey.ApiClient;
import vn.tinhso.feedback.apikey.ClientKeys;
import vn.tinhso.feedback.category.ReportCategories;
import vn.tinhso.feedback.category.Category;
import vn.tinhso.feedback.report.NewReport;
import vn.tinhso.feedback.report.Report;
import vn.tinhso.feedback.report.ReportIntake;
import vn.tinhso.feedback.report.ReportSearch;
import vn.tinhso.feedback.report.FieldReports;
import vn.tinhso.platform.DomainException;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) over field reports, in JSON and XML:
 * services are the active categories, requests the reports nobody hid. Creating a request needs an
 * API key issued by an administrator; reading is public and shows no personal data. Also the
 * {@code servicerequestupdates} extension (public steps since a time) and page/page_size paging.
 */
@Controller
@ResponseBody
@RequestMapping("/open311/v2")
@Tag(name = "Open311 GeoReport v2", description = "Chuẩn Open311 cho ứng dụng khác gửi và đọc phản ánh")
class Open311Api {

	private static final String EXT = ".{format:json|xml}";
	private static final int DEFAULT_PAGE_SIZE = 50;
	private static final int MAX_PAGE_SIZE = 100;
	private static final int MAX_IDS = 100;
	private static final int DEFAULT_DAYS = 90;

	private final ReportCategories categories;
	private final FieldReports reports;
	private final ReportIntake intake;
	private final ClientKeys keys;
	private final Open311Fields rows;
	private final Open311Output documents;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	Open311Api(ReportCategories categories, FieldReports reports, ReportIntake intake, ClientKeys keys, Open311Fields rows, Open311Output documents,
			MessageSource messages, Clock clock, @Value("${tinhso.public-url:http://localhost:8080}") String publicUrl) {
		this.categories = categories;
		this.reports = reports;
		this.intake = intake;
		this.keys = keys;
		this.rows = rows;
		this.documents = documents;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = publicUrl.replaceAll("/+$", "");
	}

	@GetMapping("/services" + EXT)
	@Operation(summary = "GET Service List: the active categories")
	ResponseEntity<byte[]> services(@PathVariable String format) {
		Locale locale = LocaleContextHolder.getLocale();
		return documents.list(Format.of(format), 200, "services", "service",
				categories.all(true).stream().map(c -> rows.service(c, locale)).toList());
	}

	@GetMapping("/services/{code}" + EXT)
	@Operation(summary = "GET Service Definition: no extra attributes are asked")
	ResponseEntity<byte[]> service(@PathVariable String code, @PathVariable String format) {
		Category c = categories.find(code).filter(Category::active)
				.orElseThrow(() -> DomainException.notFound("feedback.open311.service-unknown", code));
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", c.code());
		definition.put("attributes", List.of());
		return documents.object(Format.of(format), "service_definition", definition);
	}

	@PostMapping("/requests" + EXT)
	@Operation(summary = "POST Service Request (api_key required); lat/long or address_string")
	ResponseEntity<byte[]> create(@PathVariable String format, @RequestParam Map<String, String> params,
			@RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey) {
		ApiClient client = keys.check(params.get("api_key"))
				.orElseThrow(() -> DomainException.forbidden("feedback.open311.api-key"));
		Double lat = number("lat", params.get("lat"));
		Double lon = number("long", params.get("long"));
		String address = params.getOrDefault("address_string", "");
		if (lat == null && lon == null && address.isBlank() && params.get("address_id") != null) {
			throw DomainException.invalid("feedback.open311.address-id");
		}
		String name = (params.getOrDefault("first_name", "") + " " + params.getOrDefault("last_name", "")).strip();
		Report r = intake.submit(client, new NewReport(params.get("service_code"), params.get("description"), lat, lon,
				address, true, List.of(), NewReport.idempotencyKey(idempotencyKey), name, params.get("email"), params.get("phone"),
				params.get("media_url")));
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("service_request_id", r.code());
		row.put("token", r.token().toString());
		row.put("service_notice", messages.getMessage("feedback.open311.notice", new Object[] {
				W3cTime.format(r.refuseDueAt()) }, LocaleContextHolder.getLocale()));
		row.put("account_id", null);
		return documents.list(Format.of(format), HttpStatus.CREATED.value(), "service_requests", "request", List.of(row));
	}

	@GetMapping("/requests" + EXT)
	@Operation(summary = "GET Service Requests: service_request_id (comma list), service_code, start_date, end_date, "
			+ "status (open/closed), page, page_size (≤ 100)")
	ResponseEntity<byte[]> requests(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCodes,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(required = false) String status, @RequestParam(required = false) String page,
			@RequestParam(name = "page_size", required = false) String pageSize) {
		int size = integer("page_size", pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
		int number = integer("page", page, 1, 1, Integer.MAX_VALUE / MAX_PAGE_SIZE);
		List<String> codes = list(ids);
		if (codes.size() > MAX_IDS) {
			throw DomainException.invalid("feedback.open311.too-many-ids", MAX_IDS);
		}
		OffsetDateTime from = W3cTime.parse("start_date", startDate);
		OffsetDateTime to = W3cTime.parse("end_date", endDate);
		if (codes.isEmpty() && from == null && to == null) {
			from = OffsetDateTime.now(clock).minusDays(DEFAULT_DAYS);
		}
		ReportSearch search = new ReportSearch(codes, list(serviceCodes), from, to, open(status), size,
				(number - 1) * size);
		return documents.list(Format.of(format), 200, "service_requests", "request",
				rows.requests(reports.search(search), baseUrl, LocaleContextHolder.getLocale()));
	}

	@GetMapping("/requests/{id}" + EXT)
	@Operation(summary = "GET Service Request: one request by its id")
	ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String format) {
		Report r = reports.findByCode(id).filter(x -> !x.hidden())
				.orElseThrow(() -> DomainException.notFound("feedback.report.not-found", id));
		return documents.list(Format.of(format), 200, "service_requests", "request",
				rows.requests(List.of(r), baseUrl, LocaleContextHolder.getLocale()));
	}

	@GetMapping("/tokens/{token}" + EXT)
	@Operation(summary = "GET request id from a token")
	ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format) {
		Report r = parseToken(token).flatMap(reports::findByToken).filter(x -> !x.hidden())
				.orElseThrow(() -> DomainException.notFound("feedback.open311.token-unknown", token));
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("service_request_id", r.code());
		row.put("token", r.token().toString());
		return documents.list(Format.of(format), 200, "service_requests", "request", List.of(row));
	}

	@GetMapping("/servicerequestupdates" + EXT)
	@Operation(summary = "GET Service Request Updates (extension): public steps between start_date and end_date")
	ResponseEntity<byte[]> updates(@PathVariable String format,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate, @RequestParam(required = false) String page,
			@RequestParam(name = "page_size", required = false) String pageSize) {
		int size = integer("page_size", pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
		int number = integer("page", page, 1, 1, Integer.MAX_VALUE / MAX_PAGE_SIZE);
		OffsetDateTime to = W3cTime.parse("end_date", endDate);
		OffsetDateTime from = W3cTime.parse("start_date", startDate);
		to = to == null ? OffsetDateTime.now(clock) : to;
		from = from == null ? to.minusDays(1) : from;
		Locale locale = LocaleContextHolder.getLocale();
		return documents.list(Format.of(format), 200, "service_request_updates", "request_update",
				reports.publicUpdates(from, to, size, (number - 1) * size).stream()
						.map(u -> rows.update(u, baseUrl, locale)).toList());
	}

	/** Anything else under the API: an Open311 "not found". */
	@RequestMapping("/**")
	ResponseEntity<byte[]> unknown() {
		throw DomainException.notFound("resource.not-found");
	}

	private static Boolean open(String status) {
		List<String> values = list(status);
		boolean open = values.contains("open");
		boolean closed = values.contains("closed");
		if (values.stream().anyMatch(v -> !"open".equals(v) && !"closed".equals(v))) {
			throw DomainException.invalid("feedback.open311.status", String.valueOf(status));
		}
		return open == closed ? null : open;
	}

	private static List<String> list(String commaList) {
		if (commaList == null || commaList.isBlank()) {
			return List.of();
		}
		List<String> values = new ArrayList<>();
		Arrays.stream(commaList.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
		return values;
	}

	private static Double number(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw DomainException.invalid("feedback.open311.number", name);
		}
	}

	private static int integer(String name, String value, int absent, int min, int max) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// refused below
		}
		throw DomainException.invalid("feedback.open311.range", name, min, max);
	}


	private static Optional<UUID> parseToken(String token) {
		try {
			return Optional.of(UUID.fromString(token));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}

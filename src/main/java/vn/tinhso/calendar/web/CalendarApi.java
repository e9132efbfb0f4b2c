package vn.tinhso.calendar.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.calendar.CalendarDay;
import vn.tinhso.calendar.CalendarService;
import vn.tinhso.calendar.LunarDate;
import vn.tinhso.platform.DomainException;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Lịch làm việc (calendar)", description = "Ngày nghỉ lễ, ngày làm bù, âm lịch, tính hạn theo ngày làm việc")
class CalendarApi {

	private final CalendarService calendar;

	CalendarApi(CalendarService calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/years/{year}")
	@Operation(summary = "The year's holidays, days off and swapped working days")
	List<CalendarDay> year(@PathVariable int year) {
		return calendar.year(year);
	}

	@PutMapping("/days/{date}")
	@Operation(summary = "Set a day as HOLIDAY, DAY_OFF or WORKING_DAY (system administrator)")
	CalendarDay put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestBody Map<String, String> body) {
		return calendar.put(date, body.get("kind"), body.get("name"));
	}

	@DeleteMapping("/days/{date}")
	ResponseEntity<Void> remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		calendar.remove(date);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/agencies/{code}/rest-days")
	java.util.Set<java.time.DayOfWeek> restDays(@PathVariable String code) {
		return calendar.restDays(code);
	}

	@PutMapping("/agencies/{code}/rest-days")
	@Operation(summary = "Set an agency's weekly rest days, e.g. [\"SUNDAY\"] (system administrator)")
	java.util.Set<java.time.DayOfWeek> setRestDays(@PathVariable String code, @RequestBody List<String> days) {
		return calendar.setRestDays(code, days);
	}

	@DeleteMapping("/agencies/{code}/rest-days")
	@Operation(summary = "Give an agency the default rest days, Saturday and Sunday, again (system administrator)")
	ResponseEntity<Void> resetRestDays(@PathVariable String code) {
		calendar.resetRestDays(code);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/due")
	@Operation(summary = "Due time of a number of working days (halves allowed) counted from a receipt time, "
			+ "optionally for one agency's rest days")
	Map<String, Object> due(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime receivedAt,
			@RequestParam BigDecimal workingDays, @RequestParam(required = false) String agencyCode) {
		if (workingDays.signum() < 0 || workingDays.compareTo(BigDecimal.valueOf(365)) > 0
				|| workingDays.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
			throw DomainException.invalid("calendar.working-days-invalid");
		}
		var time = agencyCode == null ? calendar.workingTime() : calendar.workingTimeOf(agencyCode);
		return Map.of("receivedAt", receivedAt, "clockStart", time.clockStart(receivedAt), "workingDays", workingDays,
				"due", time.due(receivedAt, workingDays));
	}

	@GetMapping("/lunar")
	@Operation(summary = "The lunar date of a solar date")
	LunarDate lunar(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return calendar.lunar(date);
	}
}

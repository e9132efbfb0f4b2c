package vn.tinhso.dossier.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.dossier.core.DossierFigures;
import vn.tinhso.dossier.core.FigureRow;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/** Aggregate figures are public, as on the national portal: they carry no personal data. */
@RestController
@Tag(name = "Số liệu hồ sơ (figures)", description = "Số liệu giải quyết hồ sơ theo cơ quan, thủ tục, tháng")
class FiguresApi {

	private final DossierFigures figures;

	FiguresApi(DossierFigures figures) {
		this.figures = figures;
	}

	record MonthFigures(String month, String agency, FigureRow total, List<FigureRow> rows) {
	}

	@GetMapping("/api/v1/dossier-figures")
	@Operation(summary = "Figures of a month (yyyy-MM) per agency and procedure, with the total")
	MonthFigures month(@RequestParam String month, @RequestParam(required = false) String agency) {
		YearMonth ym = parse(month);
		String code = agency == null || agency.isBlank() ? null : agency.strip();
		List<FigureRow> rows = figures.month(ym, code);
		return new MonthFigures(ym.toString(), code, DossierFigures.total(rows), rows);
	}

	static YearMonth parse(String month) {
		try {
			YearMonth ym = YearMonth.parse(month == null ? "" : month.strip());
			if (ym.getYear() < 2000 || ym.getYear() > 2100) {
				throw new DateTimeParseException("out of range", month, 0);
			}
			return ym;
		}
		catch (DateTimeParseException e) {
			throw DomainException.invalidFields(List.of(new FieldProblem("month", "figures.month.format")));
		}
	}
}

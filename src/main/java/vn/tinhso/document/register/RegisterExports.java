package vn.tinhso.document.register;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.document.core.Direction;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.platform.ProvinceTime;

/**
 * Printing an agency's document register for a year, as PDF or spreadsheet. Only the agency's clerks and
 * leaders (held there or above) print its registers; the secret register only its leaders, who are the ones
 * allowed to see every secret document (the rule of the document pages). Every print is audited.
 */
@Service
class RegisterExports {

	enum Format {
		PDF, XLSX
	}

	private final RegisterRows rows;
	private final StaffAccess staff;
	private final AgencyDirectory agencies;
	private final AuditLog audit;
	private final Clock clock;

	RegisterExports(RegisterRows rows, StaffAccess staff, AgencyDirectory agencies, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.staff = staff;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** Checks who asks for which register before anything is written; refusals are 400 or 403. */
	RegisterSpec check(Actor actor, String direction, String agencyCode, Integer year, boolean secret) {
		if (!actor.isOfficial()) {
			throw DomainException.forbidden("document.officials-only");
		}
		Direction dir = switch (direction == null ? "" : direction.strip().toLowerCase(Locale.ROOT)) {
			case "incoming", "in" -> Direction.IN;
			case "outgoing", "out" -> Direction.OUT;
			default -> throw DomainException.invalid("document.register.direction", String.valueOf(direction));
		};
		String agency = agencyCode == null ? "" : agencyCode.strip();
		if (agency.isEmpty()) {
			throw DomainException.invalidFields(List.of(new FieldProblem("agency", "value.required")));
		}
		int thisYear = LocalDate.now(clock.withZone(ProvinceTime.ZONE)).getYear();
		int y = year == null ? thisYear : year;
		if (y < 2000 || y > thisYear) {
			throw DomainException.invalidFields(List.of(new FieldProblem("year", "document.register.year",
					Integer.toString(thisYear))));
		}
		Set<Role> roles = staff.rolesOver(actor.accountId(), agency);
		if (!roles.contains(Role.CLERK) && !roles.contains(Role.LEADER)) {
			throw DomainException.forbidden("document.register.forbidden", agency);
		}
		if (secret && !roles.contains(Role.LEADER)) {
			throw DomainException.forbidden("document.register.secret-forbidden");
		}
		String name = agencies.findByCode(agency).map(AgencySummary::name).orElse(agency);
		return new RegisterSpec(agency, name, dir, secret, y);
	}

	/**
	 * Writes the register; rows stream from the database to the output as they are read (one transaction, so
	 * the cursor holds, which also takes the audit entry).
	 */
	@Transactional
	public void write(RegisterSpec spec, Format format, OutputStream out) throws IOException {
		audit.record("document.register.print", "agency", spec.agencyCode(),
				spec.direction() + " " + spec.year() + (spec.secret() ? " secret" : "") + " " + format);
		RegisterSink sink = format == Format.PDF ? new RegisterPdf(spec, out) : new RegisterXlsx(spec, out);
		rows.each(spec, sink);
		sink.finish();
	}
}

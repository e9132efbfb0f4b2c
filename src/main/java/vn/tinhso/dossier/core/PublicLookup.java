package vn.tinhso.dossier.core;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;

/** The public status page behind the receipt's QR code. */
@Service
public class PublicLookup {

	private static final Pattern CODE = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}$");

	private final Dossiers dossiers;
	private final AgencyDirectory agencies;
	private final Clock clock;

	PublicLookup(Dossiers dossiers, AgencyDirectory agencies, Clock clock) {
		this.dossiers = dossiers;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PublicStatus find(String rawCode) {
		String code = rawCode == null ? "" : rawCode.strip().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			throw DomainException.invalidFields(List.of(new FieldProblem("code", "dossier.code.format")));
		}
		return statusOf(dossiers.findByCode(code).orElseThrow(() -> DomainException.notFound("dossier.not-found", code)));
	}

	/** The public view of a dossier already read (the dossier page shows the same progress). */
	public PublicStatus statusOf(Dossier d) {
		List<PublicStatus.Step> steps = new ArrayList<>();
		for (int i = 0; i < d.procedure().steps().size(); i++) {
			String state = i < d.stepIndex() ? "DONE" : i > d.stepIndex() ? "PENDING" : switch (d.status()) {
				case RETURNED -> "DONE";
				case WITHDRAWN, STOPPED -> "HALTED";
				case NEW, NOT_RECEIVED -> "PENDING";
				default -> "CURRENT";
			};
			steps.add(new PublicStatus.Step(d.procedure().steps().get(i).name(), state));
		}
		String agencyName = agencies.findByCode(d.agencyCode()).map(AgencySummary::name).orElse(d.agencyCode());
		boolean overdue = d.status().open() && d.dueAt() != null && OffsetDateTime.now(clock).isAfter(d.dueAt());
		return new PublicStatus(d.code(), d.procedure().name(), agencyName, d.status().code(), d.outcome(), d.submittedAt(),
				d.receivedAt(), d.dueAt(), d.processedAt(), d.returnedAt(), overdue, steps);
	}
}

package vn.tinhso.dossier.core;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.calendar.CalendarService;
import vn.tinhso.directory.ApplicantDirectory;
import vn.tinhso.directory.ApplicantProfile;
import vn.tinhso.directory.Role;
import vn.tinhso.directory.StaffAccess;
import vn.tinhso.dossier.Channel;
import vn.tinhso.dossier.DossierChanged;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.dossier.workflow.WorkflowRule;
import vn.tinhso.dossier.workflow.WorkflowRules;
import vn.tinhso.files.FileStore;
import vn.tinhso.files.FileType;
import vn.tinhso.files.StoredFile;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.platform.PageOf;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.procedure.ApplicantType;
import vn.tinhso.procedure.Component;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.ProcedureCatalogue;

/** Submitting dossiers and moving them through the workflow; who may see and do what is checked here. */
@Service
public class DossierService {

	static final Set<Role> PROCESSING_ROLES = EnumSet.of(Role.ONE_STOP_OFFICER, Role.SPECIALIST, Role.LEADER, Role.CLERK);
	static final Set<FileType> PAPER_TYPES = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX, FileType.XLSX);

	private final Dossiers dossiers;
	private final DossierCodes codes;
	private final ProcedureCatalogue catalogue;
	private final ApplicantDirectory applicants;
	private final StaffAccess staff;
	private final WorkflowRules workflow;
	private final CalendarService calendar;
	private final FileStore files;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DossierService(Dossiers dossiers, DossierCodes codes, ProcedureCatalogue catalogue, ApplicantDirectory applicants,
			StaffAccess staff, WorkflowRules workflow, CalendarService calendar, FileStore files,
			ApplicationEventPublisher events, Clock clock) {
		this.dossiers = dossiers;
		this.codes = codes;
		this.catalogue = catalogue;
		this.applicants = applicants;
		this.staff = staff;
		this.workflow = workflow;
		this.calendar = calendar;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a dossier. Online it waits for reception (status 1); at the desk or by post the
	 * officer receives it at once (status 2, appointment set). Returns the dossier's code; a form sent
	 * twice returns the code of the dossier the first one made.
	 */
	@Transactional
	public String submit(Actor actor, Submission s) {
		return create(actor, s).code();
	}

	/**
	 * {@link #submit} followed by {@link #view} of the dossier, in one transaction: a new online dossier is
	 * answered with the row read back once after its inserts, rather than read again for the answer.
	 */
	@Transactional
	public Dossier submitAndView(Actor actor, Submission s) {
		Submitted submitted = create(actor, s);
		Dossier d = submitted.readBack() != null ? submitted.readBack() : dossiers.findByCode(submitted.code()).orElse(null);
		if (d == null || !canView(actor, d)) {
			throw DomainException.notFound("dossier.not-found", submitted.code());
		}
		return d;
	}

	/** A submission's dossier code, and the dossier as read back after its inserts when nothing changed it since. */
	private record Submitted(String code, Dossier readBack) {
	}

	private Submitted create(Actor actor, Submission s) {
		if (s.submissionKey() == null) {
			throw DomainException.invalid("dossier.submission-key.missing");
		}
		var existing = dossiers.codeOfSubmission(actor.accountId(), s.submissionKey());
		if (existing.isPresent()) {
			return new Submitted(existing.get(), null);
		}
		OffsetDateTime now = now();
		Procedure procedure = catalogue.inEffect(s.procedureCode(), now.atZoneSameInstant(ProvinceTime.ZONE).toLocalDate())
				.orElseThrow(() -> DomainException.notFound("dossier.procedure.unavailable", s.procedureCode()));
		if (s.agencyCode() == null || !catalogue.implementedBy(procedure, s.agencyCode())) {
			throw DomainException.invalidFields(List.of(new FieldProblem("agencyCode", "dossier.agency.not-implementing")));
		}
		Applicant applicant = applicantFor(actor, s, procedure);
		List<StoredFile> stored = storeComponents(procedure, s.uploads());
		String code = codes.next(s.agencyCode(), now.atZoneSameInstant(ProvinceTime.ZONE).toLocalDate());
		long id = dossiers.insert(code, procedure, s.agencyCode(), applicant, actor.accountId(), s.channel(), now,
				s.submissionKey());
		for (int i = 0; i < stored.size(); i++) {
			Upload u = s.uploads().get(i);
			StoredFile f = stored.get(i);
			dossiers.attach(id, "COMPONENT", u.componentCode(), f.sha256(), safeName(u.fileName()), f.type().mediaType(),
					f.size(), actor.accountId());
		}
		dossiers.append(id, new DossierEvent(0, now, actor.accountId(), actor.displayName(), "SUBMIT", null, 1, null, 0,
				procedure.steps().get(0).name(), null, "", null));
		Dossier created = dossiers.findByCode(code).orElseThrow();
		publish(created, "SUBMIT", "");
		if (s.channel() != Channel.ONLINE) {
			return new Submitted(transition(actor, rolesOver(actor, created), created, rule("RECEIVE"),
					new ActionRequest("RECEIVE", "", null, List.of(), ActionRequest.ANY_VERSION)).code(), null);
		}
		return new Submitted(code, created);
	}

	/**
	 * Takes a workflow action on a dossier the actor may see; refused actions change nothing. Returns
	 * the dossier after it with the actions the actor could take next (the actor's roles are read once).
	 */
	@Transactional
	public Acted act(Actor actor, String code, ActionRequest request) {
		Dossier d = dossiers.lock(code).orElseThrow(() -> DomainException.notFound("dossier.not-found", code));
		Set<Role> held = rolesOver(actor, d);
		if (!canView(actor, d, held)) {
			throw DomainException.notFound("dossier.not-found", code);
		}
		if (request.expectedVersion() != ActionRequest.ANY_VERSION && request.expectedVersion() != d.version()) {
			throw DomainException.conflict("dossier.stale", code);
		}
		Dossier next = transition(actor, held, d, rule(request.action()), request);
		return new Acted(next, available(actor, held, next));
	}

	/** A dossier after an action, and the actions its actor could take next. */
	public record Acted(Dossier dossier, List<WorkflowRule> next) {
	}

	/** The dossier if the actor may see it: its applicant, or an official of its agency (or above). */
	@Transactional(readOnly = true)
	public Dossier view(Actor actor, String code) {
		return dossiers.findByCode(code).filter(d -> canView(actor, d))
				.orElseThrow(() -> DomainException.notFound("dossier.not-found", code));
	}

	/** The actions the actor could take now, for the buttons of the dossier page. */
	@Transactional(readOnly = true)
	public List<WorkflowRule> available(Actor actor, Dossier d) {
		return available(actor, rolesOver(actor, d), d);
	}

	private List<WorkflowRule> available(Actor actor, Set<Role> held, Dossier d) {
		List<WorkflowRule> result = new ArrayList<>();
		for (WorkflowRule r : workflow.from(d.status(), today())) {
			if (mayTake(actor, held, d, r) && !(r.advanceStep() && d.atLastStep())) {
				result.add(r);
			}
		}
		return result;
	}

	/** The official's work list; "due soon" means within one working day. */
	@Transactional(readOnly = true)
	public PageOf<DossierSummary> inbox(Actor actor, InboxQuery query) {
		if (!actor.isOfficial()) {
			throw DomainException.forbidden("dossier.inbox.officials-only");
		}
		OffsetDateTime now = now();
		var time = calendar.workingTime();
		OffsetDateTime soon = Transition.at(time.plus(Transition.local(now), time.workingDays(BigDecimal.ONE)));
		return new PageOf<>(dossiers.inbox(query, actor.accountId(), now, soon),
				dossiers.countInbox(query, actor.accountId(), now, soon), query.page(), query.size());
	}

	/** The applicant's own dossiers, newest first. */
	@Transactional(readOnly = true)
	public PageOf<DossierSummary> mine(Actor actor, int page, int size) {
		return new PageOf<>(dossiers.ofApplicant(actor.accountId(), size, page * size),
				dossiers.countOfApplicant(actor.accountId()), page, size);
	}

	/** A file of a dossier the actor may see. */
	@Transactional(readOnly = true)
	public FileContent file(Actor actor, String code, long fileId) {
		Dossier d = view(actor, code);
		DossierFile f = dossiers.files(d.id()).stream().filter(x -> x.id() == fileId).findFirst()
				.orElseThrow(() -> DomainException.notFound("file.not-found"));
		return new FileContent(f, files.read(f.sha256()));
	}

	/** A file's metadata with its bytes. */
	public record FileContent(DossierFile file, byte[] content) {
	}

	public OffsetDateTime currentTime() {
		return now();
	}

	public boolean canView(Actor actor, Dossier d) {
		if (!actor.isOfficial()) {
			return d.belongsTo(actor.accountId());
		}
		return d.submittedBy() == actor.accountId()
				|| staff.holdsAnyRoleOver(actor.accountId(), PROCESSING_ROLES, d.agencyCode());
	}

	/** {@link #canView(Actor, Dossier)} with the roles already read. */
	private static boolean canView(Actor actor, Dossier d, Set<Role> held) {
		if (!actor.isOfficial()) {
			return d.belongsTo(actor.accountId());
		}
		return d.submittedBy() == actor.accountId() || held.stream().anyMatch(PROCESSING_ROLES::contains);
	}

	/** The roles an official holds over the dossier's agency (there or above); none for applicants. */
	private Set<Role> rolesOver(Actor actor, Dossier d) {
		return actor.isOfficial() ? staff.rolesOver(actor.accountId(), d.agencyCode()) : Set.of();
	}

	private Dossier transition(Actor actor, Set<Role> held, Dossier d, WorkflowRule rule, ActionRequest request) {
		if (!rule.from().contains(d.status())) {
			throw DomainException.conflict("dossier.action.wrong-status", rule.action(), d.status().code());
		}
		if (!mayTake(actor, held, d, rule)) {
			throw DomainException.forbidden("dossier.action.forbidden", rule.action());
		}
		String note = request.note() == null ? "" : request.note().strip();
		if (rule.noteRequired() && note.isEmpty()) {
			throw DomainException.invalidFields(List.of(new FieldProblem("note", "dossier.note.required")));
		}
		if (note.length() > 2000) {
			throw DomainException.invalidFields(List.of(new FieldProblem("note", "value.too-long", 2000)));
		}
		OffsetDateTime now = now();
		boolean electronicResult = attachActionFiles(actor, d, rule, request.uploads());
		Dossier.Assignee assignee = assignee(d, rule, request.assignee());
		var result = new Transition(d, rule, now, calendar.workingTimeOf(d.agencyCode()))
				.apply(request.newAppointment(), electronicResult, assignee);
		Dossier next = result.dossier();
		dossiers.update(next, d.version());
		if ("RETURN_RESULT".equals(rule.action())) {
			dossiers.recordDelivery(d.id(), ResultDelivery.resolve(request.delivery(), d,
					electronicResult || d.resultElectronic(), now), actor.accountId());
		}
		dossiers.append(d.id(), new DossierEvent(0, now, actor.accountId(), actor.displayName(), rule.action(),
				d.status().code(), next.status().code(), d.stepIndex(), next.stepIndex(), d.step().name(),
				result.timeliness(), note, next.dueAt()));
		publish(next, rule.action(), note);
		return next;
	}

	/**
	 * The official a hand-over names for the next step: one holding that step's role in the dossier's
	 * agency. Null when none is named.
	 */
	private Dossier.Assignee assignee(Dossier d, WorkflowRule rule, String username) {
		if (username == null || username.isBlank()) {
			return null;
		}
		if (!rule.advanceStep() || d.atLastStep()) {
			throw DomainException.invalidFields(List.of(new FieldProblem("assignee", "dossier.assignee.not-a-hand-over")));
		}
		Role next = d.procedure().steps().get(d.stepIndex() + 1).role();
		return staff.officialsWithRole(d.agencyCode(), next).stream()
				.filter(o -> o.username().equalsIgnoreCase(username.strip())).findFirst()
				.map(o -> new Dossier.Assignee(o.accountId(), o.displayName()))
				.orElseThrow(() -> DomainException.invalidFields(
						List.of(new FieldProblem("assignee", "dossier.assignee.invalid", username.strip()))));
	}

	/** Who may be named for the next step of the dossier: officials with that step's role in its agency. */
	@Transactional(readOnly = true)
	public List<Actor> nextStepCandidates(Dossier d) {
		if (d.atLastStep()) {
			return List.of();
		}
		return staff.officialsWithRole(d.agencyCode(), d.procedure().steps().get(d.stepIndex() + 1).role());
	}

	/** Stores the files an action carries; true when they include an electronic result paper. */
	private boolean attachActionFiles(Actor actor, Dossier before, WorkflowRule rule, List<Upload> uploads) {
		List<Upload> list = uploads == null ? List.of() : uploads.stream().filter(u -> u.content() != null && u.content().length > 0).toList();
		if ("SUPPLEMENT".equals(rule.action()) && list.isEmpty()) {
			throw DomainException.invalidFields(List.of(new FieldProblem("files", "dossier.supplement.files-required")));
		}
		String purpose = "SUPPLEMENT".equals(rule.action()) ? "SUPPLEMENT" : "RESULT";
		Set<FileType> types = "RESULT".equals(purpose) ? EnumSet.of(FileType.PDF) : PAPER_TYPES;
		for (Upload u : list) {
			StoredFile f = files.store("files", u.content(), types);
			dossiers.attach(before.id(), purpose, u.componentCode(), f.sha256(), safeName(u.fileName()),
					f.type().mediaType(), f.size(), actor.accountId());
		}
		return "RESULT".equals(purpose) && !list.isEmpty();
	}

	/** @param held the roles the actor holds over the dossier's agency */
	private static boolean mayTake(Actor actor, Set<Role> held, Dossier d, WorkflowRule rule) {
		if (rule.stepRole() != null && !rule.stepRole().equals(d.step().role().name())) {
			return false;
		}
		if (!actor.isOfficial()) {
			return rule.allowsApplicant() && d.belongsTo(actor.accountId());
		}
		// A step handed to someone by name is theirs; a leader of the agency (holding the step's role) may take it over.
		if (rule.actors().contains(WorkflowRule.STEP) && d.assignedToOtherThan(actor.accountId())
				&& !held.contains(Role.LEADER)) {
			return false;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String a : rule.actors()) {
			if (WorkflowRule.STEP.equals(a)) {
				roles.add(d.step().role());
			}
			else if (!WorkflowRule.APPLICANT.equals(a)) {
				roles.add(Role.valueOf(a));
			}
		}
		return roles.stream().anyMatch(held::contains);
	}

	private Applicant applicantFor(Actor actor, Submission s, Procedure procedure) {
		Applicant applicant;
		if (s.channel() == Channel.ONLINE) {
			if (actor.isOfficial()) {
				throw DomainException.forbidden("dossier.online.applicants-only");
			}
			if (!s.declared()) {
				throw DomainException.invalidFields(List.of(new FieldProblem("declared", "dossier.declaration.required")));
			}
			if (!procedure.onlineLevel().acceptsOnline()) {
				throw DomainException.invalid("dossier.procedure.offline-only", procedure.name());
			}
			ApplicantProfile p = applicants.find(actor.accountId())
					.orElseThrow(() -> DomainException.forbidden("dossier.online.applicants-only"));
			applicant = new Applicant(p.accountId(), p.kind().name(), p.name(), p.idNumber(), p.email(), p.phone(), p.address());
		}
		else {
			if (!actor.isOfficial() || !staff.holdsAnyRoleOver(actor.accountId(), Set.of(Role.ONE_STOP_OFFICER), s.agencyCode())) {
				throw DomainException.forbidden("dossier.reception.forbidden");
			}
			applicant = DeskApplicant.check(s.applicant(), applicants);
		}
		if (!procedure.applicantTypes().contains(ApplicantType.valueOf(applicant.kind()))) {
			throw DomainException.invalid("dossier.applicant.type-not-allowed");
		}
		return applicant;
	}

	/** Checks every file against its paper and stores them; a mandatory paper without a file is refused. */
	private List<StoredFile> storeComponents(Procedure procedure, List<Upload> uploads) {
		List<Upload> list = uploads == null ? List.of() : uploads;
		List<FieldProblem> problems = new ArrayList<>();
		for (Component c : procedure.components()) {
			if (c.mandatory() && list.stream().noneMatch(u -> c.code().equals(u.componentCode()))) {
				problems.add(new FieldProblem("component-" + c.code(), "dossier.component.missing", c.name()));
			}
		}
		for (Upload u : list) {
			if (procedure.components().stream().noneMatch(c -> c.code().equals(u.componentCode()))) {
				problems.add(new FieldProblem("component-" + u.componentCode(), "dossier.component.unknown"));
			}
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalidFields(problems);
		}
		List<StoredFile> stored = new ArrayList<>();
		for (Upload u : list) {
			stored.add(files.store("component-" + u.componentCode(), u.content(), PAPER_TYPES));
		}
		return stored;
	}

	private WorkflowRule rule(String action) {
		return workflow.find(action == null ? "" : action, today())
				.orElseThrow(() -> DomainException.invalid("dossier.action.unknown", action));
	}

	private void publish(Dossier d, String action, String note) {
		events.publishEvent(new DossierChanged(d.id(), d.code(), action, d.status(), d.agencyCode(), d.procedure().name(),
				d.applicant().accountId(), d.applicant().name(), d.applicant().email(), d.applicant().phone(), d.dueAt(),
				note, UUID.randomUUID().toString()));
	}

	private static String safeName(String name) {
		String base = name == null ? "" : name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
		return base.isEmpty() ? "tep" : base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ProvinceTime.ZONE));
	}
}

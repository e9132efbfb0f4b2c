package vn.tinhso.procedure.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.files.FileStore;
import vn.tinhso.files.FileType;
import vn.tinhso.files.StoredFile;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.FieldProblem;
import vn.tinhso.procedure.Component;
import vn.tinhso.procedure.Procedure;
import vn.tinhso.procedure.TemplateFile;

/**
 * Form templates of components: checked by content (PDF, Word or Excel), kept in the file store, one per
 * component. Attaching or removing one is a change of the procedure (new version, audited).
 */
@Service
public class ComponentTemplates {

	static final Set<FileType> TYPES = EnumSet.of(FileType.PDF, FileType.DOCX, FileType.XLSX);

	private final Procedures procedures;
	private final TemplateRows rows;
	private final FileStore files;
	private final AuditLog audit;

	ComponentTemplates(Procedures procedures, TemplateRows rows, FileStore files, AuditLog audit) {
		this.procedures = procedures;
		this.rows = rows;
		this.files = files;
		this.audit = audit;
	}

	/** The largest template accepted, in bytes. */
	public long maxBytes() {
		return files.maxBytes();
	}

	/** Stores a component's template, replacing the one it had. */
	@Transactional
	public TemplateFile attach(String code, String componentCode, String fileName, byte[] content) {
		CatalogueEntry entry = entry(code);
		Component component = component(entry, componentCode);
		StoredFile stored = files.store("file", content, TYPES);
		TemplateFile file = new TemplateFile(stored.sha256(), TemplateFileNames.of(fileName, stored.type(), component),
				stored.type().mediaType());
		rows.put(entry.id(), componentCode, file);
		procedures.touch(entry.id());
		audit.record("procedure.template.attach", "procedure", code, componentCode + " " + file.fileName());
		return file;
	}

	@Transactional
	public void detach(String code, String componentCode) {
		CatalogueEntry entry = entry(code);
		component(entry, componentCode);
		if (!rows.delete(entry.id(), componentCode)) {
			throw DomainException.notFound("procedure.template.not-found", componentCode);
		}
		procedures.touch(entry.id());
		audit.record("procedure.template.detach", "procedure", code, componentCode);
	}

	/** The template of a component of an entry the caller may see, with its bytes. */
	public Download download(CatalogueEntry entry, String componentCode) {
		TemplateFile file = Optional.ofNullable(component(entry, componentCode).templateFile())
				.orElseThrow(() -> DomainException.notFound("procedure.template.not-found", componentCode));
		return new Download(file, files.read(file.sha256()));
	}

	/** Template references in submitted content must name a stored file of a template type. */
	List<FieldProblem> check(Procedure p) {
		List<FieldProblem> problems = new ArrayList<>();
		List<Component> components = p.components() == null ? List.of() : p.components();
		for (int i = 0; i < components.size(); i++) {
			TemplateFile ref = components.get(i) == null ? null : components.get(i).templateFile();
			if (ref != null && files.find(ref.sha256()).filter(f -> TYPES.contains(f.type())).isEmpty()) {
				problems.add(new FieldProblem("components[" + i + "].templateFile", "procedure.template.unknown-file",
						ref.sha256()));
			}
		}
		return problems;
	}

	/**
	 * Stores the uploads of an edit; a refused file becomes a problem of its field, so that it is reported
	 * with the content's problems. Changes for components the content does not have are ignored.
	 */
	List<Staged> stage(List<TemplateChange> changes, Procedure p, List<FieldProblem> problems) {
		List<Staged> staged = new ArrayList<>();
		for (TemplateChange change : changes) {
			Optional<Component> component = p.components() == null ? Optional.empty()
					: p.components().stream().filter(c -> c != null && change.componentCode().equals(c.code())).findFirst();
			if (component.isEmpty()) {
				continue;
			}
			if (change.removes()) {
				staged.add(new Staged(change.componentCode(), null));
				continue;
			}
			try {
				StoredFile stored = files.store(change.field(), change.content(), TYPES);
				staged.add(new Staged(change.componentCode(), new TemplateFile(stored.sha256(),
						TemplateFileNames.of(change.fileName(), stored.type(), component.get()), stored.type().mediaType())));
			}
			catch (DomainException e) {
				problems.addAll(e.fieldProblems());
			}
		}
		return staged;
	}

	/**
	 * After the content is saved: templates of removed components go, referenced ones are recorded (their
	 * type as stored, their name made safe), then the staged changes apply. A component whose content names
	 * no template keeps the one it has.
	 */
	void save(long procedureId, Procedure p, List<Staged> staged) {
		rows.keepOnly(procedureId, p.components().stream().map(Component::code).toList());
		for (Component c : p.components()) {
			if (c.templateFile() != null) {
				FileType type = files.find(c.templateFile().sha256()).orElseThrow().type();
				rows.put(procedureId, c.code(), new TemplateFile(c.templateFile().sha256(),
						TemplateFileNames.of(c.templateFile().fileName(), type, c), type.mediaType()));
			}
		}
		for (Staged s : staged) {
			if (s.file() == null) {
				rows.delete(procedureId, s.componentCode());
			}
			else {
				rows.put(procedureId, s.componentCode(), s.file());
			}
		}
	}

	private CatalogueEntry entry(String code) {
		return procedures.findByCode(code).orElseThrow(() -> DomainException.notFound("procedure.not-found", code));
	}

	private static Component component(CatalogueEntry entry, String componentCode) {
		return entry.procedure().components().stream().filter(c -> c.code().equals(componentCode)).findFirst()
				.orElseThrow(() -> DomainException.notFound("procedure.component.not-found", componentCode));
	}

	/** A checked and stored upload waiting for its procedure to be saved; file null removes the template. */
	record Staged(String componentCode, TemplateFile file) {
	}

	/** A template and its bytes. */
	public record Download(TemplateFile file, byte[] content) {
	}
}

package vn.tinhso.document.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.audit.AuditLog;
import vn.tinhso.files.FileStore;
import vn.tinhso.platform.Actor;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.PageOf;
import vn.tinhso.platform.VietnameseText;

/** Reading documents: one with everything attached (each access audited), and the registers' lists. */
@Service
public class DocumentQueries {

	/**
	 * The documents an official may see, as SQL: ordinary ones of the agencies where they hold a role (or
	 * assigned to such a unit or to them), secret ones only as drafter, assignee, reviewer or leader.
	 */
	private static final String VISIBLE = """
			with scope as materialized (
			  select distinct target.code, r.role from official_role r
			  join agency holder on holder.id = r.agency_id
			  join agency target on target.path like holder.path || '%'
			  join account acc on acc.id = r.account_id and acc.active
			  where r.account_id = :me and r.role in ('CLERK', 'LEADER', 'SPECIALIST', 'ONE_STOP_OFFICER'))
			select d.* from document d
			where d.direction = :direction
			  and (d.created_by = :me
			       or exists (select 1 from document_assignment a where a.document_id = d.id and a.account_id = :me)
			       or exists (select 1 from document_review v where v.document_id = d.id and v.account_id = :me)
			       or (d.confidentiality = 'NORMAL' and (d.agency_code in (select code from scope)
			           or exists (select 1 from document_assignment a where a.document_id = d.id
			                      and a.agency_code in (select code from scope))))
			       or (d.confidentiality <> 'NORMAL' and d.agency_code in (select code from scope where role = 'LEADER')))
			""";

	/** A register's list counts up to here ("more than 1 000"). */
	public static final int COUNT_CAP = 1000;
	/**
	 * A search counts up to here ("more than 200", ten pages): counting a common word's thousand matches read
	 * five times the rows and was most of a search's time; a reader past ten pages refines the words instead.
	 */
	public static final int SEARCH_COUNT_CAP = 200;

	/** How far the list with these search words counts. */
	public static int countCap(String text) {
		return text != null && !text.isBlank() ? SEARCH_COUNT_CAP : COUNT_CAP;
	}

	/**
	 * Searches look at the newest documents of the register first. The planner cannot know how many documents
	 * hold a word (words of one subject travel together, so its estimates for several words are far too low)
	 * and would read every match through the trigram index to sort them; a word found in one document in ten
	 * fills a page within the newest few hundred and passes the count cap within the newest ten thousand. Only
	 * when a window has too few matches does the search go to the whole register through the index, which is
	 * then the cheap way.
	 */
	static final int RECENT_WINDOW = 2_000;
	static final int COUNT_WINDOW = 20_000;
	private static final String WHOLE_REGISTER = "from document d\nwhere d.direction = :direction\n";
	private static final String RECENT = window(RECENT_WINDOW, "*");
	// The count reads up to 20 000 rows: only the columns its filters use, which halves its time (15 → 6.5 ms).
	private static final String COUNTED = window(COUNT_WINDOW, "id, agency_code, confidentiality, created_by, status, search_folded");
	// "is true" keeps the direction out of the index plan: ANDing the trigram matches with an index over half the
	// table cost more than the search itself.
	private static final String INDEXED = VISIBLE.replace(WHOLE_REGISTER,
			"from document d\nwhere (d.direction = :direction) is true\n");

	private static String window(int documents, String columns) {
		return VISIBLE.replace(WHOLE_REGISTER, "from (select " + columns + " from document where direction = :direction order by id desc limit "
				+ documents + ") d\nwhere true\n");
	}

	static {
		if (!VISIBLE.contains(WHOLE_REGISTER)) {
			throw new IllegalStateException("DocumentQueries.VISIBLE no longer reads the register as RECENT and INDEXED expect");
		}
	}

	private final Documents documents;
	private final DocumentAccess access;
	private final FileStore files;
	private final FileSignatures signatures;
	private final AuditLog audit;
	private final JdbcClient jdbc;

	DocumentQueries(Documents documents, DocumentAccess access, FileStore files, FileSignatures signatures,
			AuditLog audit, JdbcClient jdbc) {
		this.documents = documents;
		this.access = access;
		this.files = files;
		this.signatures = signatures;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Transactional
	public DocumentDetail view(Actor actor, long id) {
		Document d = documents.find(id).orElseThrow(() -> DomainException.notFound("document.not-found", id));
		List<Assignment> assignments = documents.assignments(id);
		List<Review> reviews = documents.reviews(id);
		if (!access.canSee(actor, d, assignments, reviews)) {
			throw DomainException.notFound("document.not-found", id);
		}
		audit.record("document.view", "document", Long.toString(id), d.confidentiality().name());
		List<DocumentFile> attached = documents.files(id);
		Map<String, FileVerification> verified = new HashMap<>(
				signatures.of(attached.stream().map(DocumentFile::sha256).toList()));
		// The text and attachments issued inside the installation are verified when first opened, not while
		// the clerk's issue holds the register's number (a verification costs far more than the seal itself);
		// the outcome is kept by content, so every recipient of the same file reads it.
		for (DocumentFile f : attached) {
			if (!verified.containsKey(f.sha256()) && ("MAIN".equals(f.purpose()) || "ATTACHMENT".equals(f.purpose()))
					&& "application/pdf".equals(f.mediaType())) {
				verified.put(f.sha256(), signatures.record(f.sha256(), files.read(f.sha256())));
			}
		}
		List<FileVerification> checks = attached.stream().map(DocumentFile::sha256).distinct().map(verified::get)
				.filter(Objects::nonNull).toList();
		Long[] links = jdbc.sql("select replaces_id, replaced_by_id from document where id = ?").param(id)
				.query((rs, i) -> new Long[] { (Long) rs.getObject(1), (Long) rs.getObject(2) }).single();
		return new DocumentDetail(d, attached, assignments, reviews, documents.recipients(id), documents.history(id),
				checks, links[0], links[1]);
	}

	/**
	 * The signatures found on a document's files when they arrived, for an official who may see it (audited as
	 * a view); files never verified (drafts, an outgoing text before delivery) are left out.
	 */
	@Transactional
	public List<FileVerification> signatureChecksOf(Actor actor, long id) {
		return view(actor, id).signatures();
	}

	/** A file of a document the actor may see; the read is audited like the document. */
	@Transactional
	public FileContent file(Actor actor, long id, long fileId) {
		DocumentDetail detail = view(actor, id);
		DocumentFile f = detail.files().stream().filter(x -> x.id() == fileId).findFirst()
				.orElseThrow(() -> DomainException.notFound("file.not-found"));
		return new FileContent(f, files.read(f.sha256()));
	}

	public record FileContent(DocumentFile file, byte[] content) {
	}

	/**
	 * A register page: most urgent first, then newest; with {@code text} (words matched in the notation, subject,
	 * issuer, signer or the PDF's text, without diacritics) newest first. The total stops counting past
	 * {@link #countCap} ("more than 200" for a search, "more than 1 000" for a register), so a broad search over
	 * millions of documents stays fast.
	 */
	@Transactional(readOnly = true)
	public PageOf<Document> list(Actor actor, Direction direction, String text, String status, int page, int size) {
		if (!actor.isOfficial()) {
			throw DomainException.forbidden("document.officials-only");
		}
		StringBuilder where = new StringBuilder();
		List<Object[]> params = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			for (String word : VietnameseText.fold(text.strip()).split("\\s+")) {
				where.append(" and d.search_folded like :w").append(params.size());
				params.add(new Object[] { "w" + params.size(), VietnameseText.containsPattern(word) });
			}
		}
		if (status != null && !status.isBlank()) {
			where.append(" and d.status = :status");
			params.add(new Object[] { "status", status.strip() });
		}
		else if (direction == Direction.IN) {
			// Recalled and replaced copies are kept but leave the active register; a status filter finds them.
			where.append(" and d.status not in ('RECALLED', 'REPLACED')");
		}
		// A register is read most urgent first; search results newest first, which lets PostgreSQL walk the
		// primary key backwards and stop at the page instead of sorting every match.
		String order = text != null && !text.isBlank() ? " order by d.id desc"
				: " order by case d.urgency when 'HOA_TOC' then 0 when 'THUONG_KHAN' then 1 when 'KHAN' then 2 else 3 end,"
						+ " d.id desc";
		boolean search = text != null && !text.isBlank();
		int wanted = (page + 1) * size;
		if (search && wanted <= RECENT_WINDOW) {
			List<Document> recent = page(RECENT + where + order, actor, direction, params, page, size);
			if (recent.size() == size) {
				long inWindow = count(COUNTED + where, actor, direction, params, SEARCH_COUNT_CAP);
				long total = inWindow > SEARCH_COUNT_CAP ? inWindow : count(INDEXED + where, actor, direction, params, SEARCH_COUNT_CAP);
				return new PageOf<>(recent, total, page, size);
			}
		}
		String from = search ? INDEXED : VISIBLE;
		List<Document> items = page(from + where + order, actor, direction, params, page, size);
		return new PageOf<>(items, count(from + where, actor, direction, params, countCap(text)), page, size);
	}

	private List<Document> page(String sql, Actor actor, Direction direction, List<Object[]> params, int page, int size) {
		var select = bind(jdbc.sql(sql + " limit :limit offset :offset"), actor, direction, params);
		return select.param("limit", size).param("offset", page * size).query(Documents::row).list();
	}

	/** Matches counted up to one past {@code cap}. */
	private long count(String sql, Actor actor, Direction direction, List<Object[]> params, int cap) {
		return bind(jdbc.sql("select count(*) from (" + sql + " limit " + (cap + 1) + ") x"), actor, direction,
				params).query(Long.class).single();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Actor actor, Direction direction,
			List<Object[]> params) {
		spec.param("me", actor.accountId()).param("direction", direction.name());
		for (Object[] p : params) {
			spec.param((String) p[0], p[1]);
		}
		return spec;
	}
}

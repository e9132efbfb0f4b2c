package vn.tinhso.feedback.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.feedback.FeedbackTestSupport;

/**
 * The copy of the categories held in memory is never trusted once a change has completed after it was
 * read: a change that commits while the copy is being loaded shows on the very next read.
 */
class ReportCategoriesCopyTest extends FeedbackTestSupport {

	/** Completes a rename (auto-committed, as from another request) while the rows are being read, once. */
	private static final class RenamedWhileRead extends ReportCategories {

		private Category renamed;

		RenamedWhileRead(JdbcClient jdbc) {
			super(jdbc);
		}

		@Override
		List<Category> read() {
			List<Category> rows = super.read();
			if (renamed != null) {
				update(renamed);
				renamed = null;
			}
			return rows;
		}
	}

	@Test
	void aChangeCompletedWhileTheCopyIsReadIsSeenOnTheNextRead() throws Exception {
		staff();
		String code = category();
		RenamedWhileRead categories = new RenamedWhileRead(jdbc);
		Category before = categories.find(code).orElseThrow();
		assertThat(before.nameVi()).isEqualTo("Ổ gà " + code);

		// The next load (forced by a first change) races a rename that commits in the middle of it.
		Category renamed = new Category(code, "Ổ voi " + code, before.nameEn(), before.description(), before.keywords(),
				before.group(), before.responsibleKind(), before.defaultAgencyCode(), before.active());
		categories.update(new Category(code, "Ổ gà lớn " + code, before.nameEn(), before.description(), before.keywords(),
				before.group(), before.responsibleKind(), before.defaultAgencyCode(), before.active()));
		categories.renamed = renamed;
		assertThat(categories.find(code).orElseThrow().nameVi()).as("read while the rename was being made")
				.isEqualTo("Ổ gà lớn " + code);
		assertThat(categories.find(code).orElseThrow().nameVi()).isEqualTo("Ổ voi " + code);
		assertThat(categories.all(false)).extracting(Category::nameVi).contains("Ổ voi " + code);
	}
}

package vn.tinhso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

	@Test
	void foldsDiacriticsCaseAndDStroke() {
		assertThat(VietnameseText.fold("Ủy ban nhân dân xã Phù Lãng")).isEqualTo("uy ban nhan dan xa phu lang");
		assertThat(VietnameseText.fold("ĐỒNG VIỆT")).isEqualTo("dong viet");
		assertThat(VietnameseText.fold(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD))).isEqualTo("nguyen");
		assertThat(VietnameseText.fold(null)).isNull();
	}

	@Test
	void searchPatternsTakeWildcardsLiterally() {
		assertThat(VietnameseText.containsPattern("kinh bac")).isEqualTo("%kinh bac%");
		assertThat(VietnameseText.containsPattern("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
	}

	@Test
	void sqlFoldMapsEveryAccentedLetterOneToOne() {
		String sql = VietnameseText.sqlFold("name");
		String[] parts = sql.split("'");
		assertThat(parts[1]).hasSameSizeAs(parts[3]);
		assertThat(parts[3]).matches("[aeiouyd]+");
	}
}

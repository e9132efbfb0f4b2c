package vn.tinhso.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The tile host allowed in img-src is derived from the tile URL, and nothing else gets through. */
class MapSettingsTest {

	@Test
	void theOriginOfATileTemplateIsItsSchemeAndHost() {
		assertThat(MapSettings.origin(MapSettings.DEFAULT_TILES)).isEqualTo("https://tile.openstreetmap.org");
		assertThat(MapSettings.origin("https://{s}.tiles.example.vn/{z}/{x}/{y}.png")).isEqualTo("https://*.tiles.example.vn");
		assertThat(MapSettings.origin("http://Bando.Tinh.Gov.vn:8080/wmts/{z}/{x}/{y}.png")).isEqualTo("http://bando.tinh.gov.vn:8080");
	}

	@Test
	void relativeBlankOrOddTileUrlsAllowNothingOutside() {
		assertThat(MapSettings.origin("/tiles/{z}/{x}/{y}.png")).isNull();
		assertThat(MapSettings.origin("")).isNull();
		assertThat(MapSettings.origin(null)).isNull();
		assertThat(MapSettings.origin("https://evil.example; script-src *")).isNull();
		assertThat(MapSettings.origin("https://a.example'/x")).isNull();
		assertThat(MapSettings.origin("javascript:alert(1)")).isNull();
		assertThat(MapSettings.origin("https://*/x")).isNull();
	}

	@Test
	void theSettingsComeFromTheConfiguration() {
		MapSettings settings = new MapSettings(new MockEnvironment()
				.withProperty("tinhso.feedback.map.tile-url", "https://tiles.example.vn/{z}/{x}/{y}.png")
				.withProperty("tinhso.feedback.map.zoom", "14"));
		assertThat(settings.imageOrigins()).containsExactly("https://tiles.example.vn");
		assertThat(settings.zoom()).isEqualTo(14);
		assertThat(new MapSettings(new MockEnvironment().withProperty("tinhso.feedback.map.tile-url", "/tiles/{z}/{x}/{y}.png"))
				.imageOrigins()).isEmpty();
	}
}

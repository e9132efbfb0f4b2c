package vn.tinhso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import vn.tinhso.support.IntegrationTest;

class PrefixFilteredHandlerMappingTest extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void theApplicationLooksHandlersUpWithTheFirstTest() {
		assertThat(mapping).isInstanceOf(PrefixFilteredHandlerMapping.class);
	}

	/** The first test may only pass over mappings that could not match: checked for every pattern and path. */
	@Test
	void noPatternOfTheApplicationMatchesAPathItsPrefixesRuleOut() {
		Map<RequestMappingInfo, HandlerMethod> all = mapping.getHandlerMethods();
		Set<String> paths = new LinkedHashSet<>(List.of("/", "", "/x", "/api", "/api/", "/api/v1/", "/staff/", "/feedback/x.json"));
		all.keySet().forEach(info -> info.getPathPatternsCondition().getPatterns()
				.forEach(p -> paths.addAll(examples(p.getPatternString()))));
		assertThat(paths).hasSizeGreaterThan(200);
		List<String> wronglyRuledOut = new ArrayList<>();
		int matched = 0;
		for (RequestMappingInfo info : all.keySet()) {
			String[] prefixes = PrefixFilteredHandlerMapping.literalPrefixes(info);
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				for (String path : paths) {
					if (pattern.matches(PathContainer.parsePath(path))) {
						matched++;
						if (!PrefixFilteredHandlerMapping.couldMatch(prefixes, path)) {
							wronglyRuledOut.add(pattern.getPatternString() + " ← " + path);
						}
					}
				}
			}
		}
		assertThat(matched).as("every pattern matches its own examples").isGreaterThanOrEqualTo(all.size());
		assertThat(wronglyRuledOut).isEmpty();
	}

	@Test
	void aPathWithAVariableFindsItsHandlerAndOthersAreRuledOutByTheirBeginning() throws Exception {
		MockHttpServletRequest lookup = new MockHttpServletRequest("GET", "/api/v1/dossiers/000.00.01.H27-261203-0001");
		lookup.addHeader("Accept", "application/json");
		ServletRequestPathUtils.parseAndCache(lookup);
		HandlerExecutionChain chain = mapping.getHandler(lookup);
		assertThat(chain).isNotNull();
		assertThat(((HandlerMethod) chain.getHandler()).getBeanType().getSimpleName()).isEqualTo("DossierApi");
		PrefixFilteredHandlerMapping filtered = (PrefixFilteredHandlerMapping) mapping;
		assertThat(filtered.knownMappings()).as("every mapping's beginning, known once").isEqualTo(mapping.getHandlerMethods().size());
		for (int i = 0; i < 20; i++) {
			mapping.getHandler(lookup);
		}
		assertThat(filtered.knownMappings()).as("lookups add nothing").isEqualTo(mapping.getHandlerMethods().size());

		assertThat(PrefixFilteredHandlerMapping.literalPrefix("/api/v1/dossiers/{code}/actions")).isEqualTo("/api/v1/dossiers/");
		assertThat(PrefixFilteredHandlerMapping.literalPrefix("/css/**")).isEqualTo("/css/");
		assertThat(PrefixFilteredHandlerMapping.literalPrefix("/open311/v2/services.{format}")).isEqualTo("/open311/v2/services.");
		String[] dossier = { "/api/v1/dossiers/" };
		assertThat(PrefixFilteredHandlerMapping.couldMatch(dossier, "/api/v1/documents/7")).isFalse();
		assertThat(PrefixFilteredHandlerMapping.couldMatch(dossier, "/api/v1/dossiers/X")).isTrue();
		assertThat(PrefixFilteredHandlerMapping.couldMatch(dossier, "/api/v1/dossi%65rs/X")).as("escapes get the full check").isTrue();
		assertThat(PrefixFilteredHandlerMapping.couldMatch(dossier, "/api/v1;a=b/dossiers/X")).as("matrix variables too").isTrue();
		assertThat(PrefixFilteredHandlerMapping.couldMatch(new String[0], "/anything")).isTrue();
	}

	/** Concrete paths a pattern matches: variables and wildcards filled in a few ways. */
	private static List<String> examples(String pattern) {
		List<String> result = new ArrayList<>();
		for (String[] fill : new String[][] { { "x1", "a/b", "x" }, { "000.00.01.H27-261203-0001", "c", "y.json" } }) {
			result.add(pattern.replaceAll("\\{\\*[^}]*}", "/" + fill[1]).replaceAll("\\{[^}]*}", fill[0])
					.replace("**", fill[1]).replace("*", fill[2]));
		}
		return result;
	}
}

package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** GeoReport v2 in JSON and XML: field names, formats, errors, API keys, paging, and no hidden report. */
class Open311ConformanceTest extends FeedbackTestSupport {

	static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata", "type",
			"keywords", "group");
	static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
			"service_code", "description", "agency_responsible", "service_notice", "requested_datetime", "updated_datetime",
			"expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");

	private Commune commune;
	private String category;
	private String apiKey;
	private int apiKeyId;

	@BeforeEach
	void client() throws Exception {
		staff();
		commune = commune();
		category = category();
		String issued = mvc.perform(post("/api/v1/feedback/api-keys").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Ứng dụng Zalo OA thử nghiệm\"}").with(as(admin)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		apiKey = JsonPath.read(issued, "$.apiKey");
		apiKeyId = JsonPath.read(issued, "$.client.id");
	}

	private ResultActions create(String format, String... params) throws Exception {
		var request = post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	private String created(String description) throws Exception {
		String body = create("json", "api_key", apiKey, "service_code", category, "lat", String.valueOf(commune.lat()),
				"long", String.valueOf(commune.lon()), "description", description, "email", "nguoidan@example.vn",
				"first_name", "Văn", "last_name", "An", "phone", "0987654321")
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$[0].service_request_id");
	}

	@Test
	void servicesAreListedAndDefinedInJsonAndXml() throws Exception {
		String json = mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> ours = JsonPath.read(json, "$[?(@.service_code == '" + category + "')]");
		assertThat(ours).hasSize(1);
		assertThat(ours.get(0)).containsOnlyKeys(SERVICE_FIELDS).containsEntry("metadata", false)
				.containsEntry("type", "realtime").containsEntry("group", "Giao thông").containsEntry("keywords", "ổ gà,đường");

		Document xml = xml(mvc.perform(get("/open311/v2/services.xml")).andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML)));
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
		Element service = elements(xml.getDocumentElement(), "service").stream()
				.filter(e -> text(e, "service_code").equals(category)).findFirst().orElseThrow();
		assertThat(childNames(service)).containsExactlyElementsOf(SERVICE_FIELDS);
		assertThat(text(service, "service_name")).isEqualTo("Ổ gà " + category);

		mvc.perform(get("/open311/v2/services/" + category + ".json")).andExpect(status().isOk())
				.andExpect(jsonPath("$.service_code").value(category)).andExpect(jsonPath("$.attributes").isEmpty());
		Document definition = xml(mvc.perform(get("/open311/v2/services/" + category + ".xml")).andExpect(status().isOk()));
		assertThat(definition.getDocumentElement().getTagName()).isEqualTo("service_definition");
		assertThat(childNames(definition.getDocumentElement())).containsExactly("service_code", "attributes");

		mvc.perform(get("/open311/v2/services/KHONG-CO.json")).andExpect(status().isNotFound())
				.andExpect(jsonPath("$[0].code").value(404)).andExpect(jsonPath("$[0].description").isNotEmpty());
		Document error = xml(mvc.perform(get("/open311/v2/services/KHONG-CO.xml")).andExpect(status().isNotFound()));
		assertThat(error.getDocumentElement().getTagName()).isEqualTo("errors");
		Element first = elements(error.getDocumentElement(), "error").get(0);
		assertThat(text(first, "code")).isEqualTo("404");
		assertThat(text(first, "description")).contains("KHONG-CO");
		mvc.perform(get("/open311/v2/services.csv")).andExpect(status().isNotFound()).andExpect(jsonPath("$[0].code").value(404));
	}

	@Test
	void aClientWithAKeyCreatesRequestsAndEveryoneReadsThemWithoutPersonalData() throws Exception {
		create("json", "service_code", category, "lat", String.valueOf(commune.lat()), "long", String.valueOf(commune.lon()),
				"description", "Không có khóa thì không nhận").andExpect(status().isForbidden())
				.andExpect(jsonPath("$[0].code").value(403));
		Document refused = xml(create("xml", "api_key", "pa_sai", "service_code", category, "address_string", "Chợ xã",
				"description", "Khóa sai thì không nhận").andExpect(status().isForbidden()));
		assertThat(text(elements(refused.getDocumentElement(), "error").get(0), "code")).isEqualTo("403");
		create("json", "api_key", apiKey, "service_code", category, "lat", String.valueOf(OUTSIDE_LAT), "long",
				String.valueOf(OUTSIDE_LON), "description", "Ở ngoài tỉnh thì không nhận").andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$[0].code").value(422));
		create("json", "api_key", apiKey, "service_code", "KHONG-CO", "address_string", "Chợ xã", "description",
				"Lĩnh vực không có").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$[0].description", Matchers.startsWith("category:")));
		create("json", "api_key", apiKey, "service_code", category, "lat", "mười", "long", "100", "description",
				"Tọa độ không phải số").andExpect(status().isBadRequest());
		assertThat(count("select count(*) from feedback_report where category_code = ?", category)).isZero();

		String body = create("json", "api_key", apiKey, "service_code", category, "lat", String.valueOf(commune.lat()),
				"long", String.valueOf(commune.lon()), "description", "Cây đổ chắn ngang đường liên thôn",
				"email", "nguoidan@example.vn", "first_name", "Văn", "last_name", "An", "phone", "0987654321",
				"media_url", "https://zalo.example.vn/anh/1.jpg")
				.andExpect(status().isCreated()).andExpect(jsonPath("$[0].service_request_id").isNotEmpty())
				.andExpect(jsonPath("$[0].token").isNotEmpty()).andExpect(jsonPath("$[0].service_notice").isNotEmpty())
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Map<String, Object>>read(body, "$[0]")).containsOnlyKeys("service_request_id", "token",
				"service_notice", "account_id");
		String id = JsonPath.read(body, "$[0].service_request_id");
		String token = JsonPath.read(body, "$[0].token");

		String one = mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		Map<String, Object> request = JsonPath.read(one, "$[0]");
		assertThat(request).containsOnlyKeys(REQUEST_FIELDS).containsEntry("status", "open")
				.containsEntry("service_code", category).containsEntry("media_url", "https://zalo.example.vn/anh/1.jpg")
				.containsEntry("lat", commune.lat()).containsEntry("long", commune.lon());
		assertThat((String) request.get("requested_datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
		assertThat(one).doesNotContain("nguoidan@example.vn", "0987654321", "Văn An");
		Document xmlOne = xml(mvc.perform(get("/open311/v2/requests/" + id + ".xml")).andExpect(status().isOk()));
		assertThat(xmlOne.getDocumentElement().getTagName()).isEqualTo("service_requests");
		Element element = elements(xmlOne.getDocumentElement(), "request").get(0);
		assertThat(childNames(element)).containsExactlyElementsOf(REQUEST_FIELDS);
		assertThat(text(element, "service_request_id")).isEqualTo(id);
		assertThat(text(element, "status")).isEqualTo("open");

		mvc.perform(get("/open311/v2/tokens/" + token + ".json")).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].service_request_id").value(id)).andExpect(jsonPath("$[0].token").value(token));
		Document tokenXml = xml(mvc.perform(get("/open311/v2/tokens/" + token + ".xml")).andExpect(status().isOk()));
		assertThat(text(elements(tokenXml.getDocumentElement(), "request").get(0), "service_request_id")).isEqualTo(id);
		mvc.perform(get("/open311/v2/tokens/" + UUID.randomUUID() + ".json")).andExpect(status().isNotFound());

		// Officials see who sent it; the operator handles it like any other report.
		mvc.perform(get("/api/v1/feedback/reports/" + id).with(as(operator)))
				.andExpect(jsonPath("$.channel").value("OPEN311"))
				.andExpect(jsonPath("$.reporter.name").value("Văn An"))
				.andExpect(jsonPath("$.reporter.anonymous").value(true));
		mvc.perform(get("/api/v1/feedback/public/reports/" + id)).andExpect(jsonPath("$.reporterName").doesNotExist());

		// The same request twice with one Idempotency-Key makes one report.
		String key = UUID.randomUUID().toString();
		String firstId = JsonPath.read(mvc.perform(post("/open311/v2/requests.json").header("Idempotency-Key", key)
				.param("api_key", apiKey).param("service_code", category).param("address_string", "Cổng chợ")
				.param("description", "Rác thải tràn ra lòng đường")).andReturn().getResponse().getContentAsString(),
				"$[0].service_request_id");
		mvc.perform(post("/open311/v2/requests.xml").header("Idempotency-Key", key).param("api_key", apiKey)
				.param("service_code", category).param("address_string", "Cổng chợ")
				.param("description", "Rác thải tràn ra lòng đường")).andExpect(status().isCreated())
				.andExpect(content().string(Matchers.containsString("<service_request_id>" + firstId + "</service_request_id>")));
	}

	@Test
	void requestsAreFilteredAndPagedAndClosedOnesSayWhy() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(created("Phản ánh số " + i + " về ổ gà trên đường"));
		}
		act(operator, ids.get(0), "REJECT", "reason", "OUT_OF_SCOPE").andExpect(status().isOk());

		String closed = mvc.perform(get("/open311/v2/requests.json").param("service_code", category).param("status", "closed"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(closed, "$[*].service_request_id")).containsExactly(ids.get(0));
		assertThat(JsonPath.<String>read(closed, "$[0].status_notes")).isEqualTo("Không thuộc phạm vi tiếp nhận.");
		String open = mvc.perform(get("/open311/v2/requests.json").param("service_code", category).param("status", "open"))
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(open, "$[*].service_request_id")).hasSize(4).doesNotContain(ids.get(0));

		String byIds = mvc.perform(get("/open311/v2/requests.json").param("service_request_id", ids.get(1) + "," + ids.get(3)))
				.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(byIds, "$[*].service_request_id")).containsExactlyInAnyOrder(ids.get(1), ids.get(3));

		String page1 = mvc.perform(get("/open311/v2/requests.json").param("service_code", category).param("page_size", "2"))
				.andReturn().getResponse().getContentAsString();
		String page3 = mvc.perform(get("/open311/v2/requests.json").param("service_code", category).param("page_size", "2")
				.param("page", "3")).andReturn().getResponse().getContentAsString();
		List<String> first = JsonPath.read(page1, "$[*].service_request_id");
		assertThat(first).containsExactly(ids.get(4), ids.get(3));
		assertThat(JsonPath.<List<String>>read(page3, "$[*].service_request_id")).containsExactly(ids.get(0));
		Document page2 = xml(mvc.perform(get("/open311/v2/requests.xml").param("service_code", category)
				.param("page_size", "2").param("page", "2")).andExpect(status().isOk()));
		assertThat(elements(page2.getDocumentElement(), "request")).extracting(e -> text(e, "service_request_id"))
				.containsExactly(ids.get(2), ids.get(1));

		String future = OffsetDateTime.now().plusDays(1).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		mvc.perform(get("/open311/v2/requests.json").param("service_code", category).param("start_date", future))
				.andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
		mvc.perform(get("/open311/v2/requests.json").param("service_code", category).param("end_date", future))
				.andExpect(jsonPath("$.length()").value(5));

		mvc.perform(get("/open311/v2/requests.json").param("page_size", "101")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$[0].code").value(400));
		mvc.perform(get("/open311/v2/requests.json").param("page", "0")).andExpect(status().isBadRequest());
		mvc.perform(get("/open311/v2/requests.json").param("status", "pending")).andExpect(status().isBadRequest());
		Document badDate = xml(mvc.perform(get("/open311/v2/requests.xml").param("start_date", "hôm qua"))
				.andExpect(status().isBadRequest()));
		assertThat(text(elements(badDate.getDocumentElement(), "error").get(0), "description")).contains("start_date");
	}

	@Test
	void updatesSinceATimeListThePublicStepsOfVisibleRequestsOnly() throws Exception {
		// Just before this test's own steps: earlier tests' steps of the last minute could fill a page of updates.
		String since = OffsetDateTime.now().minusSeconds(1).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		String shown = created("Đường ngập sâu sau mưa lớn");
		String hidden = created("Nội dung sẽ bị ẩn vì xúc phạm");
		act(operator, shown, "ASSIGN").andExpect(status().isOk());
		act(operator, shown, "REDACT", "description", "Đường ngập sâu sau mưa").andExpect(status().isOk());
		String leader = fixtures.official(commune.code(), vn.tinhso.directory.Role.LEADER);
		act(leader, shown, "RESOLVE", photo("xong.png", TestImages.png(300, 200)), "answer", "Đã nạo vét cống, nước đã rút.")
				.andExpect(status().isOk());
		act(operator, hidden, "HIDE", "note", "Xúc phạm").andExpect(status().isOk());

		String json = mvc.perform(get("/open311/v2/servicerequestupdates.json").param("start_date", since).param("page_size", "100"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> ours = JsonPath.read(json, "$[?(@.service_request_id == '" + shown + "')]");
		assertThat(ours).extracting(u -> u.get("status")).containsExactly("open", "open", "closed");
		assertThat(ours.get(0)).containsOnlyKeys("update_id", "service_request_id", "status", "updated_datetime",
				"description", "media_url");
		assertThat(ours.get(2)).containsEntry("description", "Đã nạo vét cống, nước đã rút.");
		assertThat((String) ours.get(2).get("media_url")).contains("/api/v1/feedback/reports/" + shown + "/photos/");
		assertThat(json).doesNotContain(hidden);
		Document xml = xml(mvc.perform(get("/open311/v2/servicerequestupdates.xml").param("start_date", since).param("page_size", "100"))
				.andExpect(status().isOk()));
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_request_updates");
		assertThat(elements(xml.getDocumentElement(), "request_update")).extracting(e -> text(e, "service_request_id"))
				.contains(shown).doesNotContain(hidden);

		// The resolved request shows its answer and the redacted text.
		mvc.perform(get("/open311/v2/requests/" + shown + ".json")).andExpect(jsonPath("$[0].status").value("closed"))
				.andExpect(jsonPath("$[0].status_notes").value("Đã nạo vét cống, nước đã rút."))
				.andExpect(jsonPath("$[0].description").value("Đường ngập sâu sau mưa"))
				.andExpect(jsonPath("$[0].agency_responsible").isNotEmpty())
				.andExpect(jsonPath("$[0].expected_datetime").isNotEmpty());
		String all = mvc.perform(get("/open311/v2/requests.json").param("service_code", category))
				.andReturn().getResponse().getContentAsString();
		assertThat(all).contains(shown).doesNotContain(hidden);
	}

	@Test
	void apiKeysAreIssuedAndRevokedByAdministratorsAndStoredHashed() throws Exception {
		mvc.perform(post("/api/v1/feedback/api-keys").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"X\"}")
				.with(as(operator))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/feedback/api-keys").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \"}")
				.with(as(admin))).andExpect(status().isBadRequest());
		String list = mvc.perform(get("/api/v1/feedback/api-keys").with(as(admin))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain(apiKey).contains("Ứng dụng Zalo OA thử nghiệm");
		assertThat(count("select count(*) from feedback_api_key where key_hash = ?", apiKey)).isZero();
		created("Trước khi thu hồi khóa vẫn gửi được");
		mvc.perform(post("/api/v1/feedback/api-keys/" + apiKeyId + "/revoke").with(as(admin))).andExpect(status().isOk())
				.andExpect(jsonPath("$.active").value(false));
		create("json", "api_key", apiKey, "service_code", category, "address_string", "Chợ xã", "description",
				"Sau khi thu hồi khóa thì bị từ chối").andExpect(status().isForbidden());
		mvc.perform(delete("/open311/v2/requests.json")).andExpect(status().isNotFound()).andExpect(jsonPath("$[0].code").value(404));
	}

	private static Document xml(ResultActions result) throws Exception {
		byte[] body = result.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(body, 0, 38, java.nio.charset.StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	private static List<Element> elements(Element parent, String name) {
		List<Element> list = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(name)) {
				list.add(e);
			}
		}
		return list;
	}

	private static List<String> childNames(Element parent) {
		List<String> names = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				names.add(e.getTagName());
			}
		}
		return names;
	}

	private static String text(Element parent, String name) {
		return elements(parent, name).get(0).getTextContent();
	}
}

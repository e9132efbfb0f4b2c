package vn.tinhso.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.tinhso.directory.Role;
import vn.tinhso.support.IntegrationTest;

/** System administrators register partners and issue their keys; nobody else may. */
class ExchangePartnersApiTest extends IntegrationTest {

	@Autowired
	private EdxmlCodec codec;

	@Test
	void anAdministratorRegistersAPartnerWhoseKeyThenWorksUntilReplaced() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);
		String ourAgency = fixtures.department();
		String created = mvc.perform(post("/api/v1/exchange/partners").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Trục liên thông văn bản quốc gia", "organIds": ["000.00.00.G22", "*.H27"],
						 "endpointUrl": "https://truc.example.gov.vn/api/v1/exchange", "outboundApiKey": "bi-mat"}"""))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.apiKey").isString())
				.andExpect(jsonPath("$.partner.outboundKeySet").value(true)).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.partner.id")).longValue();
		String key = JsonPath.read(created, "$.apiKey");

		String listed = mvc.perform(get("/api/v1/exchange/partners").with(as(admin))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(listed).contains("Trục liên thông văn bản quốc gia").doesNotContain(key).doesNotContain("bi-mat");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'exchange.partner.create' and target_id = ?")
				.param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);

		byte[] xml = codec.write(Samples.pkg("000.00.00.G22", ourAgency), TestSigners.signer());
		mvc.perform(post("/api/v1/exchange/packages").contentType(MediaType.APPLICATION_XML).header("X-Api-Key", key).content(xml))
				.andExpect(status().isCreated());

		String rotated = mvc.perform(post("/api/v1/exchange/partners/" + id + "/key").with(as(admin))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		String newKey = JsonPath.read(rotated, "$.apiKey");
		byte[] another = codec.write(Samples.pkg("000.00.00.G22", ourAgency), TestSigners.signer());
		mvc.perform(post("/api/v1/exchange/packages").contentType(MediaType.APPLICATION_XML).header("X-Api-Key", key).content(another))
				.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/exchange/packages").contentType(MediaType.APPLICATION_XML).header("X-Api-Key", newKey)
				.content(another)).andExpect(status().isCreated());

		mvc.perform(put("/api/v1/exchange/partners/" + id).with(as(admin)).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Trục liên thông văn bản quốc gia", "organIds": ["000.00.00.G22"],
				 "endpointUrl": "https://truc.example.gov.vn/api/v1/exchange", "active": false}"""))
				.andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false))
				.andExpect(jsonPath("$.outboundKeySet").value(true));
		mvc.perform(post("/api/v1/exchange/packages").contentType(MediaType.APPLICATION_XML).header("X-Api-Key", newKey)
				.content(codec.write(Samples.pkg("000.00.00.G22", ourAgency), TestSigners.signer())))
				.andExpect(status().isUnauthorized());
	}

	@Test
	void aBadPartnerIsRefusedFieldByField() throws Exception {
		String admin = fixtures.official(fixtures.root(), Role.SYSTEM_ADMIN);

		mvc.perform(post("/api/v1/exchange/partners").with(as(admin)).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": " ", "organIds": ["tỉnh Bắc Ninh"], "endpointUrl": "ftp://x"}"""))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"))
				.andExpect(jsonPath("$.errors[1].code").value("exchange.partner.organ-pattern"))
				.andExpect(jsonPath("$.errors[2].field").value("endpointUrl"));
	}

	@Test
	void onlySystemAdministratorsManagePartners() throws Exception {
		String agencyAdmin = fixtures.official(fixtures.root(), Role.AGENCY_ADMIN);

		mvc.perform(get("/api/v1/exchange/partners").with(as(agencyAdmin))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/exchange/partners").with(as(agencyAdmin)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"x\", \"organIds\": [\"*\"], \"endpointUrl\": \"https://x.vn\"}"))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/exchange/partners")).andExpect(status().isUnauthorized());
	}
}

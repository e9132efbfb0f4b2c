package vn.tinhso.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.tinhso.directory.Role;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.support.IntegrationTest;
import vn.tinhso.support.SigningFixtures;

/** The document pages: forms that keep what was typed, lists, and only the actions that fit the official. */
class DocumentPagesTest extends IntegrationTest {

	// One department for the class: the test run has few department codes (000.00.zz.H99) to share.
	private static String agency;
	private static String clerk;
	private static String leader;
	private static String specialist;

	@Autowired
	SigningFixtures signingKeys;

	@BeforeEach
	void agencyWithStaff() {
		if (agency == null) {
			agency = fixtures.department();
			clerk = fixtures.official(agency, Role.CLERK);
			leader = fixtures.official(agency, Role.LEADER);
			specialist = fixtures.official(agency, Role.SPECIALIST);
			signingKeys.leaderKey(leader);
			signingKeys.sealKey(agency);
		}
	}

	private MockMultipartHttpServletRequestBuilder registerForm(String notation, byte[] pdf) {
		return registerForm(notation, "V/v kiểm tra công tác văn thư lưu trữ", pdf);
	}

	private MockMultipartHttpServletRequestBuilder registerForm(String notation, String subject, byte[] pdf) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/staff/documents/incoming/new")
				.file(new MockMultipartFile("file", "cong-van.pdf", "application/pdf", pdf))
				.param("agencyCode", agency).param("typeCode", "CV").param("notation", notation)
				.param("subject", subject).param("issuerName", "Sở Nội vụ")
				.param("issuedOn", LocalDate.now(ProvinceTime.ZONE).minusDays(1).toString()).param("urgency", "THUONG_KHAN")
				.param("confidentiality", "NORMAL").param("pageCount", "2").param("dueOn", "")
				.with(as(clerk)).with(csrf());
	}

	private long idOf(String location) {
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void theClerkRegistersThroughTheFormWhichKeepsWhatWasTypedWhenSomethingIsWrong() throws Exception {
		mvc.perform(get("/staff/documents/incoming/new").with(as(clerk))).andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + agency + "\"")));
		mvc.perform(get("/staff/documents/incoming/new").with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(containsString("chưa được giao vai trò văn thư")));

		mvc.perform(registerForm("công văn số 5", "", new byte[0]))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("id=\"error-summary\"")))
				.andExpect(content().string(containsString("value=\"Sở Nội vụ\"")))
				.andExpect(content().string(containsString("id=\"notation-error\"")))
				.andExpect(content().string(containsString("id=\"subject-error\"")))
				.andExpect(content().string(containsString("id=\"file-error\"")))
				.andExpect(content().string(containsString("href=\"#notation\"")))
				.andExpect(content().string(containsString("hãy chọn lại tệp")));
		assertThat(jdbc.sql("select count(*) from document where notation = 'công văn số 5'").query(Integer.class)
				.single()).isZero();

		String location = mvc.perform(registerForm("77/SNV-VP", DocumentFlowTest.PDF))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/staff/documents/*"))
				.andExpect(flash().attribute("notice", "document.registered"))
				.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(as(clerk))).andExpect(status().isOk())
				.andExpect(content().string(containsString("77/SNV-VP")))
				.andExpect(content().string(containsString("THƯỢNG KHẨN")))
				.andExpect(content().string(containsString("Chờ phân công")))
				.andExpect(content().string(not(containsString("id=\"assign-form\""))));

		// Found without diacritics by the agency's officials, not by others.
		mvc.perform(get("/staff/documents").param("q", "van thu luu tru").with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(containsString("V/v kiểm tra công tác văn thư lưu trữ")));
		// A unit below sees only its own register.
		String unit = fixtures.unitUnder(agency);
		mvc.perform(get("/staff/documents").param("q", "van thu luu tru").with(as(fixtures.official(unit, Role.CLERK))))
				.andExpect(status().isOk()).andExpect(content().string(containsString("0 kết quả")));
		mvc.perform(get(location).with(as(fixtures.official(unit, Role.LEADER)))).andExpect(status().isNotFound());
	}

	@Test
	void theDocumentPageOffersEachOfficialTheActionsThatFit() throws Exception {
		String location = mvc.perform(registerForm("78/SNV-VP", DocumentFlowTest.PDF)).andReturn().getResponse()
				.getRedirectedUrl();
		long id = idOf(location);
		mvc.perform(get(location).with(as(leader))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"assign-form\"")))
				.andExpect(content().string(containsString("value=\"" + specialist + "\"")))
				.andExpect(content().string(containsString("/staff/documents/directives/new?document=" + id + "&amp;agency=" + agency)))
				.andExpect(content().string(containsString("Giao nhiệm vụ theo dõi từ văn bản này")));
		mvc.perform(get(location).with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"assign-form\""))))
				.andExpect(content().string(not(containsString("id=\"complete-form\""))))
				.andExpect(content().string(not(containsString("id=\"directive-from-document\""))));
		// The link opens the directive form with the document chosen as its source.
		mvc.perform(get("/staff/documents/directives/new").param("document", Long.toString(id)).param("agency", agency)
				.with(as(leader))).andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"documentId\" type=\"text\" value=\"" + id + "\"")))
				.andExpect(content().string(containsString("id=\"source-document\" value=\"DOCUMENT\" checked")));

		// Two leads are refused with the row named; one lead and a cooperating person pass.
		mvc.perform(post(location + "/assign").param("kind-0", "LEAD").param("user-0", specialist)
				.param("kind-1", "LEAD").param("user-1", clerk).with(as(leader)).with(csrf()))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("alert", containsString("đúng một")));
		mvc.perform(post(location + "/assign").param("kind-0", "LEAD").param("user-0", specialist).param("kind-1", "COOPERATE")
				.param("user-1", "").param("kind-2", "COOPERATE").param("user-2", "khong-co-ai").with(as(leader)).with(csrf()))
				.andExpect(flash().attribute("alert", containsString("Dòng 3")));
		mvc.perform(post(location + "/assign").param("kind-0", "LEAD").param("user-0", specialist)
				.param("note-0", "Kiểm tra, báo cáo").param("kind-1", "INFO").param("user-1", clerk).with(as(leader)).with(csrf()))
				.andExpect(flash().attribute("notice", "document.done.assign"));

		mvc.perform(get(location).with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"progress-form\"")))
				.andExpect(content().string(containsString("id=\"complete-form\"")))
				.andExpect(content().string(containsString("Kiểm tra, báo cáo")));
		mvc.perform(post(location + "/progress").param("note", "").with(as(specialist)).with(csrf()))
				.andExpect(flash().attribute("alert", containsString("bắt buộc")));
		mvc.perform(post(location + "/complete").param("note", "Đã kiểm tra").param("replyId", "abc").with(as(specialist))
				.with(csrf())).andExpect(flash().attribute("alert", containsString("abc")));
		mvc.perform(post(location + "/complete").param("note", "Đã kiểm tra").with(as(specialist)).with(csrf()))
				.andExpect(flash().attribute("notice", "document.done.complete"));
		mvc.perform(get(location).with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Hoàn thành")))
				.andExpect(content().string(not(containsString("id=\"progress-form\""))));
		assertThat(jdbc.sql("select status from document where id = ?").param(id).query(String.class).single())
				.isEqualTo("DONE");
	}

	@Test
	void theLeaderOfTheAssignedUnitAssignsInsideIt() throws Exception {
		String unit = fixtures.unitUnder(agency);
		String unitLeader = fixtures.official(unit, Role.LEADER);
		String unitSpecialist = fixtures.official(unit, Role.SPECIALIST);
		String location = mvc.perform(registerForm("79/SNV-VP", DocumentFlowTest.PDF)).andReturn().getResponse()
				.getRedirectedUrl();
		mvc.perform(get(location).with(as(unitLeader))).andExpect(status().isNotFound());
		mvc.perform(post(location + "/assign").param("kind-0", "LEAD").param("unit-0", unit).with(as(leader)).with(csrf()))
				.andExpect(flash().attribute("notice", "document.done.assign"));
		mvc.perform(get(location).with(as(unitLeader))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"assign-form\"")))
				.andExpect(content().string(containsString("value=\"" + unitSpecialist + "\"")))
				.andExpect(content().string(containsString("<option value=\"LEAD\" selected=\"selected\">")));
		mvc.perform(post(location + "/assign").param("kind-0", "LEAD").param("user-0", unitSpecialist).with(as(unitLeader))
				.with(csrf())).andExpect(flash().attribute("notice", "document.done.assign"));
		mvc.perform(get(location).with(as(unitSpecialist))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"complete-form\"")));
	}

	@Test
	void anOutgoingDraftGoesThroughItsRouteOnThePages() throws Exception {
		String recipient = fixtures.unitUnder(agency);
		mvc.perform(get("/staff/documents/outgoing/new").with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + recipient + "\"")));
		mvc.perform(multipart("/staff/documents/outgoing/new").param("agencyCode", agency).param("typeCode", "TB")
				.param("subject", "").param("draftingUnit", "vp").param("recipients", recipient).with(as(specialist)).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("id=\"draftingUnit-error\"")))
				.andExpect(content().string(containsString("id=\"file-error\"")));
		String location = mvc.perform(multipart("/staff/documents/outgoing/new")
				.file(new MockMultipartFile("file", "du-thao.pdf", "application/pdf", DocumentFlowTest.DRAFT))
				.param("agencyCode", agency).param("typeCode", "TB").param("subject", "Thông báo lịch tiếp công dân tháng 12")
				.param("urgency", "NORMAL").param("confidentiality", "NORMAL").param("pageCount", "1")
				.param("recipients", recipient).with(as(specialist)).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(location).with(as(specialist))).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"submit-form\"")))
				.andExpect(content().string(containsString("value=\"" + leader + "\"")))
				.andExpect(content().string(containsString("id=\"revise-form\"")));
		mvc.perform(post(location + "/submit").param("reviewer-0", "").param("signer", leader).with(as(specialist)).with(csrf()))
				.andExpect(flash().attribute("notice", "document.done.submit"));
		mvc.perform(get(location).with(as(specialist)))
				.andExpect(content().string(not(containsString("id=\"submit-form\""))));
		mvc.perform(get(location).with(as(leader))).andExpect(content().string(containsString("id=\"review-form\"")));
		mvc.perform(post(location + "/review").param("approve", "false").with(as(leader)).with(csrf()))
				.andExpect(flash().attribute("alert", containsString("bắt buộc")));
		mvc.perform(post(location + "/review").param("approve", "false").param("comment", "Bổ sung địa điểm")
				.with(as(leader)).with(csrf())).andExpect(flash().attribute("notice", "document.done.return"));
		mvc.perform(get(location).with(as(specialist))).andExpect(content().string(containsString("id=\"resubmit-form\"")));
		mvc.perform(multipart(location + "/revise").file(new MockMultipartFile("file", "du-thao-2.pdf", "application/pdf",
				DocumentFlowTest.DRAFT)).with(as(specialist)).with(csrf())).andExpect(flash().attribute("notice", "document.done.revise"));
		mvc.perform(post(location + "/submit").param("signer", leader).with(as(specialist)).with(csrf()))
				.andExpect(flash().attribute("notice", "document.done.submit"));
		mvc.perform(post(location + "/review").param("approve", "true").with(as(leader)).with(csrf()))
				.andExpect(flash().attribute("notice", "document.done.approve"));
		mvc.perform(get(location).with(as(specialist))).andExpect(content().string(not(containsString("id=\"issue-form\""))));
		mvc.perform(get(location).with(as(clerk))).andExpect(content().string(containsString("id=\"issue-form\"")));
		String abbreviation = jdbc.sql("select abbreviation from agency where code = ?").param(agency).query(String.class).single();
		mvc.perform(post(location + "/issue").with(as(clerk)).with(csrf()))
				.andExpect(flash().attribute("noticeArg", "01/TB-" + abbreviation));
		mvc.perform(get(location).with(as(clerk))).andExpect(content().string(containsString("Đã ban hành")))
				.andExpect(content().string(containsString("Đã đến")));
	}
}

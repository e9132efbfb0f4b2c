package vn.tinhso.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tinhso.support.Fixtures.as;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import vn.tinhso.directory.Role;

/** An IOC operator covers parts of a published photo; the original stays as it was, for officials. */
class FeedbackPhotoRedactionTest extends FeedbackTestSupport {

	private Commune commune;
	private String category;
	private String citizen;
	private String code;
	private String photoUrl;
	private byte[] original;

	@BeforeEach
	void reportWithAPhoto() throws Exception {
		staff();
		commune = commune();
		category = category();
		citizen = fixtures.citizen();
		original = stripes(400, 300);
		String body = mvc.perform(report(category, "Xe đỗ lấn chiếm vỉa hè, thấy rõ biển số", commune.lat(), commune.lon())
				.file(photo("bien-so.png", original)).with(as(citizen))).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		code = JsonPath.read(body, "$.code");
		photoUrl = JsonPath.read(body, "$.photos[0].url");
	}

	/**
	 * Vertical stripes of two colours, 32 px wide (on JPEG block edges, so copying the copy again keeps
	 * them): a blur changes them.
	 */
	private static byte[] stripes(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		for (int x = 0; x < width; x += 32) {
			g.setColor((x / 32) % 2 == 0 ? new Color(230, 200, 40) : new Color(30, 90, 200));
			g.fillRect(x, 0, 32, height);
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private ResultActions redact(String user, String json) throws Exception {
		return mvc.perform(post(photoUrl + "/redact").contentType(MediaType.APPLICATION_JSON).content(json).with(as(user)));
	}

	private BufferedImage published() throws Exception {
		return TestImages.read(mvc.perform(get(photoUrl)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray());
	}

	private static int distance(int a, int b) {
		return Math.max(Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)), Math.max(Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff)),
				Math.abs((a & 0xff) - (b & 0xff))));
	}

	@Test
	void blackingOutChangesOnlyTheRectangleOfThePublishedCopy() throws Exception {
		BufferedImage before = published();
		redact(operator, """
				{"mode": "BLACK", "rectangles": [{"x": 96, "y": 80, "width": 128, "height": 64}]}""")
				.andExpect(status().isOk()).andExpect(jsonPath("$.width").value(400));
		BufferedImage after = published();
		int changedInside = 0;
		int changedOutside = 0;
		for (int y = 0; y < 300; y += 3) {
			for (int x = 0; x < 400; x += 3) {
				boolean inside = x >= 96 && x < 224 && y >= 80 && y < 144;
				int d = distance(before.getRGB(x, y), after.getRGB(x, y));
				if (inside) {
					if (x >= 100 && x < 220 && y >= 84 && y < 140) { // JPEG blurs the very edge a little
						assertThat(distance(after.getRGB(x, y), 0)).as("black at %d,%d", x, y).isLessThan(24);
					}
					changedInside += d > 100 ? 1 : 0;
				}
				// Away from the edge (JPEG works in 8×8 blocks), pixels outside stay as they were, give or take
				// the few levels a second JPEG generation moves a sharp colour edge (measured: at most 29).
				else if (x < 88 || x >= 232 || y < 72 || y >= 152) {
					changedOutside += d > 40 ? 1 : 0;
				}
			}
		}
		assertThat(changedInside).isGreaterThan(700);
		assertThat(changedOutside).isZero();
		// The original, for officials, is untouched; the step is in the internal history only.
		mvc.perform(get(photoUrl + "/original").with(as(operator))).andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().bytes(original));
		mvc.perform(get("/api/v1/feedback/reports/" + code).with(as(operator)))
				.andExpect(jsonPath("$.history[1].action").value("REDACT_PHOTO"))
				.andExpect(jsonPath("$.history[1].publicEntry").value(false));
		mvc.perform(get("/api/v1/feedback/public/reports/" + code))
				.andExpect(jsonPath("$.history.length()").value(1));
	}

	@Test
	void blurringTurnsStripesIntoBlocks() throws Exception {
		BufferedImage before = published();
		redact(operator, """
				{"mode": "blur", "rectangles": [{"x": 0, "y": 0, "width": 200, "height": 100}]}""").andExpect(status().isOk());
		BufferedImage after = published();
		int changed = 0;
		for (int x = 2; x < 196; x += 4) {
			changed += distance(before.getRGB(x, 50), after.getRGB(x, 50)) > 40 ? 1 : 0;
		}
		assertThat(changed).isGreaterThan(10);
		assertThat(distance(before.getRGB(300, 200), after.getRGB(300, 200))).isLessThan(40);
	}

	@Test
	void onlyOperatorsRedactAndBadRectanglesChangeNothing() throws Exception {
		String sha = jdbc.sql("select public_sha256 from feedback_photo p join feedback_report r on r.id = p.report_id "
				+ "where r.code = ?").param(code).query(String.class).single();
		String rect = """
				{"rectangles": [{"x": 10, "y": 10, "width": 50, "height": 50}]}""";
		redact(citizen, rect).andExpect(status().isForbidden());
		String stranger = fixtures.official(fixtures.department(), Role.LEADER);
		redact(stranger, rect).andExpect(status().isNotFound());
		mvc.perform(post(photoUrl + "/redact").contentType(MediaType.APPLICATION_JSON).content(rect))
				.andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(401, 403));
		redact(operator, """
				{"rectangles": [{"x": 380, "y": 10, "width": 50, "height": 50}]}""").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.redaction.outside"));
		redact(operator, """
				{"rectangles": [{"x": 10, "y": 10, "width": 0, "height": 50}]}""").andExpect(status().isBadRequest());
		redact(operator, """
				{"rectangles": []}""").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].code").value("feedback.redaction.count"));
		redact(operator, """
				{"mode": "PAINT", "rectangles": [{"x": 10, "y": 10, "width": 5, "height": 5}]}""").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("feedback.redaction.mode"));
		mvc.perform(post("/api/v1/feedback/reports/" + code + "/photos/999999999/redact").contentType(MediaType.APPLICATION_JSON)
				.content(rect).with(as(operator))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select public_sha256 from feedback_photo p join feedback_report r on r.id = p.report_id "
				+ "where r.code = ?").param(code).query(String.class).single()).isEqualTo(sha);
		assertThat(count("select count(*) from feedback_event e join feedback_report r on r.id = e.report_id "
				+ "where r.code = ? and e.action = 'REDACT_PHOTO'", code)).isZero();
	}
}

package vn.tinhso.platform;

import java.time.ZoneId;

/** The province's time zone: every business date (deadlines, dossier codes, months of figures) is in it. */
public final class ProvinceTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private ProvinceTime() {
	}
}

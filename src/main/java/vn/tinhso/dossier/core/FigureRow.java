package vn.tinhso.dossier.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One agency's figures for one procedure in a month (or the total when both codes are null).
 * Rates are over the dossiers the count belongs to: online shares over those received, the on-time
 * rate over those processed (supplement time excluded; more than one supplement counts as late).
 */
public record FigureRow(String agencyCode, String procedureCode, String procedureName, long received, long online,
		long fullyOnline, long processed, long onTime, long refused, long returnedElectronically, long overdueNow) {

	@JsonProperty
	public Double onlineShare() {
		return ratio(online, received);
	}

	@JsonProperty
	public Double fullyOnlineShare() {
		return ratio(fullyOnline, received);
	}

	@JsonProperty
	public Double onTimeRate() {
		return ratio(onTime, processed);
	}

	FigureRow plus(FigureRow o) {
		return new FigureRow(null, null, null, received + o.received, online + o.online, fullyOnline + o.fullyOnline,
				processed + o.processed, onTime + o.onTime, refused + o.refused,
				returnedElectronically + o.returnedElectronically, overdueNow + o.overdueNow);
	}

	static FigureRow zero() {
		return new FigureRow(null, null, null, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	private static Double ratio(long part, long whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
	}
}

package vn.tinhso.dossier;

/** How a dossier arrived, with the national portal's codes. */
public enum Channel {
	IN_PERSON(1), ONLINE(2), POSTAL(3);

	private final int code;

	Channel(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	public static Channel of(int code) {
		for (Channel c : values()) {
			if (c.code == code) {
				return c;
			}
		}
		throw new IllegalArgumentException("Unknown channel " + code);
	}
}

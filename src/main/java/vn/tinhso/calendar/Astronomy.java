package vn.tinhso.calendar;

/**
 * The two astronomical quantities the lunar calendar needs, after the low-precision series in
 * J. Meeus, "Astronomical Algorithms" (2nd ed.), chapters 25 and 49: instants of new moon (error well
 * under a minute for 1900–2100) and the Sun's apparent longitude (about 0.01°). Times are Julian days.
 */
final class Astronomy {

	/** Mean length of a synodic month, days. */
	static final double SYNODIC_MONTH = 29.530588861;

	private Astronomy() {
	}

	/** Julian day (UT) of the k-th new moon after that of 2000-01-06 (k may be negative). */
	static double newMoon(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t2 * t2;
		double e = 1 - 0.002516 * t - 0.0000074 * t2;
		double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
		double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t2 * t2);
		double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t2 * t2);
		double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
		double correction = -0.40720 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp)
				+ 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mp - m) - 0.00514 * e * Math.sin(mp + m)
				+ 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f)
				+ 0.00056 * e * Math.sin(2 * mp + m) - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f)
				+ 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(omega)
				- 0.00007 * Math.sin(mp + 2 * m) + 0.00004 * Math.sin(2 * mp - 2 * f) + 0.00004 * Math.sin(3 * m)
				+ 0.00003 * Math.sin(mp + m - 2 * f) + 0.00003 * Math.sin(2 * mp + 2 * f)
				- 0.00003 * Math.sin(mp + m + 2 * f) + 0.00003 * Math.sin(mp - m + 2 * f)
				- 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);
		double jdeCorrected = jde + correction;
		return jdeCorrected - deltaT(2000 + k / 12.3685) / 86400;
	}

	/** The Sun's apparent geocentric longitude in degrees [0, 360) at Julian day {@code jd} (UT). */
	static double sunLongitude(double jd) {
		double t = (jd - 2451545.0) / 36525;
		double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
		double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
		double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
				+ (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
		double omega = rad(125.04 - 1934.136 * t);
		double apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
		return ((apparent % 360) + 360) % 360;
	}

	/**
	 * TT − UT in seconds (polynomials of Espenak and Meeus); it shifts instants by up to a few minutes,
	 * which matters only for new moons close to midnight.
	 */
	static double deltaT(double year) {
		if (year < 1920) {
			double t = year - 1900;
			return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
		}
		if (year < 1941) {
			double t = year - 1920;
			return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
		}
		if (year < 1961) {
			double t = year - 1950;
			return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
		}
		if (year < 1986) {
			double t = year - 1975;
			return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
		}
		if (year < 2005) {
			double t = year - 2000;
			return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * Math.pow(t, 4)
					+ 0.00002373599 * Math.pow(t, 5);
		}
		if (year < 2050) {
			double t = year - 2000;
			return 62.92 + 0.32217 * t + 0.005589 * t * t;
		}
		double u = (year - 1820) / 100;
		return -20 + 32 * u * u - 0.5628 * (2150 - year);
	}

	private static double rad(double degrees) {
		return Math.toRadians(degrees % 360);
	}
}

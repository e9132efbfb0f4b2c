package vn.tinhso.feedback.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on report photos ({@code tinhso.feedback.photos.*}).
 *
 * @param maxBytes the largest photo accepted (the file store's own limit applies too)
 * @param maxCount photos per report or answer
 * @param maxSide the long side of the published copy, in pixels
 * @param maxPixels the largest image decoded (width × height), against decompression bombs
 */
@ConfigurationProperties("tinhso.feedback.photos")
record PhotoProperties(@DefaultValue("8388608") long maxBytes, @DefaultValue("5") int maxCount,
		@DefaultValue("1600") int maxSide, @DefaultValue("50000000") long maxPixels) {
}

package vn.tinhso.exchange;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * An edXML document package (gói tin văn bản, QCVN 102:2016): the message header describing the
 * document, the trace of organs it passed through, and the attached files.
 */
public record EdxmlPackage(MessageHeader header, List<TraceHeader> traces, List<Attachment> attachments) {

	public EdxmlPackage {
		traces = traces == null ? List.of() : List.copyOf(traces);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** One organ the package passed through ({@code TraceHeader}), at a time written to the second. */
	public record TraceHeader(String organId, Instant timestamp) {

		public TraceHeader {
			timestamp = timestamp == null ? null : timestamp.truncatedTo(ChronoUnit.SECONDS);
		}
	}

	/**
	 * An attached file, carried base64-encoded. Two attachments are equal when their names, types,
	 * descriptions and bytes are.
	 */
	public record Attachment(String name, String contentType, String description, byte[] content) {

		@Override
		public boolean equals(Object o) {
			return o instanceof Attachment a && java.util.Objects.equals(name, a.name)
					&& java.util.Objects.equals(contentType, a.contentType)
					&& java.util.Objects.equals(description, a.description) && Arrays.equals(content, a.content);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(name, contentType, description, Arrays.hashCode(content));
		}

		@Override
		public String toString() {
			return "Attachment[" + name + ", " + contentType + ", " + (content == null ? 0 : content.length) + " bytes]";
		}
	}
}

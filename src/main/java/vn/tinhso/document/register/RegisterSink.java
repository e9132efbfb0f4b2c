package vn.tinhso.document.register;

import java.io.IOException;
import java.util.List;

/**
 * Where register rows go as they are read: a PDF or a spreadsheet. A cell is an {@link Integer}, a
 * {@link java.time.LocalDate} or a {@link String}.
 */
interface RegisterSink {

	void row(List<Object> cells) throws IOException;

	/** Writes what is left and closes the output's own resources (not the stream it writes to). */
	void finish() throws IOException;
}

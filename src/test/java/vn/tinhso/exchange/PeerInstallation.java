package vn.tinhso.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Another installation's exchange endpoint, played by the JDK's HTTP server: it answers the first
 * {@code failures} requests with {@code failureStatus}, then 201, and keeps what it received.
 */
final class PeerInstallation implements AutoCloseable {

	record Received(String path, String apiKey, String contentType, byte[] body) {
	}

	private final HttpServer server;
	private final AtomicInteger failuresLeft;
	private final int failureStatus;
	final List<Received> received = new CopyOnWriteArrayList<>();

	PeerInstallation(int failures, int failureStatus) {
		this.failuresLeft = new AtomicInteger(failures);
		this.failureStatus = failureStatus;
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		server.createContext("/peer/", this::handle);
		server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/peer";
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("X-Api-Key"),
				exchange.getRequestHeaders().getFirst("Content-Type"), body));
		boolean fail = failuresLeft.getAndDecrement() > 0;
		byte[] answer = (fail ? "{\"code\":\"peer.busy\"}" : "{\"messageId\":1,\"duplicate\":false}").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(fail ? failureStatus : 201, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}

package energy.mwolo.platformtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How {@link Api} copes with a server that closes a kept-alive connection under a request: once, the request goes again
 * on a new connection; a server that keeps doing it is a failure naming the cause.
 */
class ApiConnectionsTest {

    @Test
    void sendsARequestAgainOnANewConnectionWhenTheServerClosedTheKeptAliveOneUnderIt() throws Exception {
        try (HttpOnce server = new HttpOnce(1)) {
            Api api = new Api("http://127.0.0.1:" + server.port());

            Api.Reply first = api.post("/registrations/", "{\"n\": 1}").send();
            Api.Reply second = api.post("/registrations/", "{\"n\": 2}").send();

            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);
            assertThat(server.answered()).containsExactly("POST /registrations/ {\"n\": 1}",
                    "POST /registrations/ {\"n\": 2}");
            assertThat(server.connections()).as("the dropped request went again on a new connection").isEqualTo(2);
        }
    }

    @Test
    void failsNamingTheCauseWhenTheNewConnectionIsClosedToo() throws Exception {
        try (HttpOnce server = new HttpOnce(2)) {
            Api api = new Api("http://127.0.0.1:" + server.port());
            assertThat(api.post("/first/", "{}").send().status()).isEqualTo(200);

            assertThatThrownBy(() -> api.post("/second/", "{}").send())
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("POST /second/ failed after");
            assertThat(server.answered()).containsExactly("POST /first/ {}");
            assertThat(server.connections()).isEqualTo(2);
        }
    }

    /**
     * A minimal HTTP/1.1 server keeping connections alive, which answers the very first request, then closes the
     * connection under each of the next {@code drops} requests, unanswered, then answers every request.
     */
    private static final class HttpOnce implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        private final List<String> answered = new CopyOnWriteArrayList<>();
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor;

        private final AtomicInteger dropsLeft;

        HttpOnce(int drops) throws IOException {
            dropsLeft = new AtomicInteger(drops);
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        serve(connection, connections.incrementAndGet() == 1);
                    } catch (IOException e) {
                        // closed, or the client went away
                    }
                }
            }, "http-once");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        List<String> answered() {
            return List.copyOf(answered);
        }

        int connections() {
            return connections.get();
        }

        private void serve(Socket connection, boolean first) throws IOException {
            var in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = connection.getOutputStream();
            for (int served = 0; ; served++) {
                String requestLine = in.readLine();
                if (requestLine == null) {
                    return;
                }
                int length = 0;
                for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                    if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(header.substring("content-length:".length()).trim());
                    }
                }
                char[] body = new char[length];
                for (int read = 0; read < length; ) {
                    read += in.read(body, read, length - read);
                }
                if (!(first && served == 0) && dropsLeft.getAndDecrement() > 0) {
                    return;
                }
                String[] parts = requestLine.split(" ");
                answered.add(parts[0] + " " + parts[1] + " " + new String(body));
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}

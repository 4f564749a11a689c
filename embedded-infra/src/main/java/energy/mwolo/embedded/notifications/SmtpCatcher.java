package energy.mwolo.embedded.notifications;

import com.sun.net.httpserver.HttpExchange;
import energy.mwolo.embedded.LoopbackHttp;
import energy.mwolo.embedded.LoopbackHttp.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMTP server on loopback that delivers nowhere: it keeps the mails it receives (the latest {@value #KEPT}) and
 * lists them over HTTP on loopback, so that a person trying the platform, or a test, reads the mails the services
 * send.
 *
 * <pre>
 * GET    /messages            every mail kept, newest first; ?to=address keeps those sent to it
 * GET    /messages/{id}       one mail (404 when unknown)
 * DELETE /messages            forgets every mail (204)
 * </pre>
 *
 * A mail is {@code {"id", "from", "to": [...], "subject", "text", "received_at"}} (see {@link CaughtMail}). Mails live
 * in memory only: they are gone when the catcher stops.
 */
public final class SmtpCatcher implements AutoCloseable {

    /** How many mails are kept; older ones are forgotten first. */
    public static final int KEPT = 1000;
    private static final Logger log = LoggerFactory.getLogger(SmtpCatcher.class);

    private final ServerSocket smtp;
    private final ExecutorService connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Deque<CaughtMail> mails = new ArrayDeque<>();
    private final List<Consumer<CaughtMail>> listeners = new CopyOnWriteArrayList<>();
    private final LoopbackHttp http;
    private long lastId;

    private SmtpCatcher(ServerSocket smtp, int httpPort) {
        this.smtp = smtp;
        this.http = LoopbackHttp.serve(httpPort, "the SMTP catcher's listing", "smtp-catcher-http",
                this::answer);
        this.connections = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "smtp-catcher-session");
            thread.setDaemon(true);
            return thread;
        });
        Thread acceptor = new Thread(this::accept, "smtp-catcher-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A catcher on free loopback ports. */
    public static SmtpCatcher start() {
        return start(0, 0);
    }

    /**
     * A catcher receiving mail on {@code smtpPort} and listing it on {@code httpPort}, both on 127.0.0.1.
     *
     * @param smtpPort 0 for a free port
     * @param httpPort 0 for a free port
     * @throws IllegalStateException when a port is in use
     */
    public static SmtpCatcher start(int smtpPort, int httpPort) {
        ServerSocket socket;
        try {
            socket = new ServerSocket(smtpPort, 50, InetAddress.getLoopbackAddress());
        } catch (BindException e) {
            throw new IllegalStateException("Port " + smtpPort + " for the SMTP catcher is in use by another program",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new SmtpCatcher(socket, httpPort);
        } catch (RuntimeException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    /** The host services send mail to: {@code 127.0.0.1}. */
    public String host() {
        return smtp.getInetAddress().getHostAddress();
    }

    public int smtpPort() {
        return smtp.getLocalPort();
    }

    public int httpPort() {
        return http.port();
    }

    /** Where the mails are listed: {@code http://127.0.0.1:<http port>/messages}. */
    public String listingUrl() {
        return "http://" + host() + ":" + httpPort() + "/messages";
    }

    /** Every mail kept, newest first. */
    public synchronized List<CaughtMail> messages() {
        return List.copyOf(mails);
    }

    /** The mails sent to {@code address} (ignoring case), newest first. */
    public synchronized List<CaughtMail> messagesTo(String address) {
        return mails.stream().filter(mail -> mail.sentTo(address)).toList();
    }

    public synchronized Optional<CaughtMail> message(long id) {
        return mails.stream().filter(mail -> mail.id() == id).findFirst();
    }

    /** Forgets every mail; ids keep increasing. */
    public synchronized void clear() {
        mails.clear();
    }

    /** Called with each mail once it is kept, on the thread that received it. */
    public void onMessage(Consumer<CaughtMail> listener) {
        listeners.add(listener);
    }

    private long deliver(String sender, List<String> recipients, byte[] data) {
        CaughtMail mail;
        synchronized (this) {
            mail = MimeText.read(++lastId, sender, recipients, data, Instant.now());
            mails.addFirst(mail);
            while (mails.size() > KEPT) {
                mails.removeLast();
            }
        }
        for (Consumer<CaughtMail> listener : listeners) {
            try {
                listener.accept(mail);
            } catch (RuntimeException e) {
                log.warn("A listener of the SMTP catcher failed", e);
            }
        }
        return mail.id();
    }

    private void accept() {
        while (!smtp.isClosed()) {
            try {
                Socket socket = smtp.accept();
                open.add(socket);
                connections.execute(() -> {
                    try {
                        new SmtpSession(socket, this::deliver).run();
                    } finally {
                        open.remove(socket);
                    }
                });
            } catch (IOException e) {
                // closed: the catcher is stopping
            }
        }
    }

    private Answer answer(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/messages") || path.equals("/messages/")) {
            return switch (method) {
                case "GET" -> Answer.json(200, LoopbackHttp.parameter(exchange, "to")
                        .map(this::messagesTo).orElseGet(this::messages));
                case "DELETE" -> {
                    clear();
                    yield Answer.empty(204);
                }
                default -> Answer.methodNotAllowed("GET, DELETE");
            };
        }
        if (path.startsWith("/messages/")) {
            if (!method.equals("GET")) {
                return Answer.methodNotAllowed("GET");
            }
            String id = path.substring("/messages/".length());
            return id.matches("\\d{1,18}") ? message(Long.parseLong(id)).map(mail -> Answer.json(200, mail))
                    .orElseGet(Answer::notFound) : Answer.notFound();
        }
        return Answer.notFound();
    }

    /** Stops receiving and listing; connections still open are cut. */
    @Override
    public void close() {
        closeQuietly(smtp);
        open.forEach(SmtpCatcher::closeQuietly);
        connections.shutdownNow();
        http.close();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // stopping anyway
        }
    }

    @Override
    public String toString() {
        return "SmtpCatcher[smtp " + host() + ":" + smtpPort() + ", " + listingUrl() + "]";
    }
}

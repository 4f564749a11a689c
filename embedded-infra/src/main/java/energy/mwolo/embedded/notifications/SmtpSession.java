package energy.mwolo.embedded.notifications;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One SMTP connection to the catcher (RFC 5321, the part a sending client uses): greeting, {@code EHLO}/{@code HELO},
 * then any number of {@code MAIL FROM}, {@code RCPT TO}, {@code DATA} transactions, {@code RSET}, {@code NOOP},
 * {@code QUIT}. Every recipient is accepted; no authentication and no TLS are offered, so clients configured for
 * neither (the services' default) send in the clear over loopback.
 */
final class SmtpSession implements Runnable {

    static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
    static final int MAX_RECIPIENTS = 100;
    private static final int MAX_LINE_BYTES = 64 * 1024;
    private static final int IDLE_TIMEOUT_MILLIS = 60_000;

    /** Where a complete message goes; answers its id. */
    @FunctionalInterface
    interface Delivery {
        long deliver(String sender, List<String> recipients, byte[] data);
    }

    private final Socket socket;
    private final Delivery delivery;
    private InputStream in;
    private OutputStream out;
    private String sender;
    private final List<String> recipients = new ArrayList<>();

    SmtpSession(Socket socket, Delivery delivery) {
        this.socket = socket;
        this.delivery = delivery;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream());
            out = new BufferedOutputStream(socket.getOutputStream());
            reply("220 localhost ESMTP Mwolo SMTP catcher");
            String line;
            while ((line = readLine()) != null) {
                if (!handle(line)) {
                    return;
                }
            }
        } catch (SocketTimeoutException e) {
            // an idle client: the connection just ends
        } catch (IOException e) {
            // the client went away, or the catcher is stopping
        }
    }

    /** Answers one command; false once the client said QUIT. */
    private boolean handle(String line) throws IOException {
        int space = line.indexOf(' ');
        String verb = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
        String argument = space < 0 ? "" : line.substring(space + 1).trim();
        switch (verb) {
            case "EHLO" -> {
                reset();
                reply("250-localhost greets " + argument, "250-8BITMIME", "250-SMTPUTF8",
                        "250 SIZE " + MAX_MESSAGE_BYTES);
            }
            case "HELO" -> {
                reset();
                reply("250 localhost");
            }
            case "MAIL" -> mailFrom(argument);
            case "RCPT" -> recipient(argument);
            case "DATA" -> data();
            case "RSET" -> {
                reset();
                reply("250 OK");
            }
            case "NOOP" -> reply("250 OK");
            case "VRFY" -> reply("252 Cannot verify, but will accept the message");
            case "QUIT" -> {
                reply("221 Bye");
                return false;
            }
            // RFC 5321's answer to a command the server does not offer (AUTH, STARTTLS, ...): the client goes on without it.
            default -> reply("502 Command not offered");
        }
        return true;
    }

    private void mailFrom(String argument) throws IOException {
        if (!argument.toUpperCase(Locale.ROOT).startsWith("FROM:")) {
            reply("501 Syntax: MAIL FROM:<address>");
        } else if (sender != null) {
            reply("503 Sender already given");
        } else {
            sender = address(argument.substring("FROM:".length()));
            reply("250 OK");
        }
    }

    private void recipient(String argument) throws IOException {
        if (sender == null) {
            reply("503 MAIL FROM first");
        } else if (!argument.toUpperCase(Locale.ROOT).startsWith("TO:")) {
            reply("501 Syntax: RCPT TO:<address>");
        } else if (recipients.size() >= MAX_RECIPIENTS) {
            reply("452 Too many recipients");
        } else {
            String address = address(argument.substring("TO:".length()));
            if (address.isEmpty()) {
                reply("501 Empty recipient");
            } else {
                recipients.add(address);
                reply("250 OK");
            }
        }
    }

    private void data() throws IOException {
        if (recipients.isEmpty()) {
            reply("503 RCPT TO first");
            return;
        }
        reply("354 End data with <CR><LF>.<CR><LF>");
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        boolean tooLarge = false;
        byte[] line;
        while ((line = readRawLine()) != null) {
            if (line.length == 1 && line[0] == '.') {
                break;
            }
            // A leading dot was doubled by the client so that no text line could end the data (transparency).
            int from = line.length > 0 && line[0] == '.' ? 1 : 0;
            if (tooLarge || message.size() + line.length + 2 > MAX_MESSAGE_BYTES) {
                tooLarge = true;
            } else {
                message.write(line, from, line.length - from);
                message.write('\r');
                message.write('\n');
            }
        }
        if (line == null) {
            throw new IOException("connection closed during DATA");
        }
        if (tooLarge) {
            reply("552 Message larger than " + MAX_MESSAGE_BYTES + " bytes");
        } else {
            long id = delivery.deliver(sender, List.copyOf(recipients), message.toByteArray());
            reply("250 OK: queued as " + id);
        }
        reset();
    }

    /** The address in {@code <a@b> PARAM=...} or {@code a@b}; empty for the null sender {@code <>}. */
    private static String address(String argument) {
        String value = argument.trim();
        int open = value.indexOf('<');
        int close = value.indexOf('>', open + 1);
        if (open >= 0 && close > open) {
            return value.substring(open + 1, close).trim();
        }
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
    }

    private void reset() {
        sender = null;
        recipients.clear();
    }

    private void reply(String... lines) throws IOException {
        for (String line : lines) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\r');
            out.write('\n');
        }
        out.flush();
    }

    private String readLine() throws IOException {
        byte[] line = readRawLine();
        return line == null ? null : new String(line, StandardCharsets.UTF_8);
    }

    /** One line without its CRLF (or bare LF); {@code null} at the end of the stream. */
    private byte[] readRawLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
            }
            if (line.size() >= MAX_LINE_BYTES) {
                throw new IOException("line longer than " + MAX_LINE_BYTES + " bytes");
            }
            line.write(b);
        }
        return null;
    }
}

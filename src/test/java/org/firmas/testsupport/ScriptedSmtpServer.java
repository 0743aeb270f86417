package org.firmas.testsupport;

import jakarta.mail.Session;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An SMTP peer that misbehaves on purpose, for the failures GreenMail cannot stage: it refuses
 * chosen recipients (550) or senders (553), ends sessions after a few messages, drops open sessions on
 * demand, is slow to accept a message's data, accepts connections and never says a word, or
 * hangs up on every connection at once. It speaks just enough SMTP (RFC 5321) for Jakarta Mail,
 * and keeps every message it accepted and the verb of every command it got.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    public record Accepted(String recipient, String messageId, String data) {

        /** The message as a mail reader shows it: each part decoded from its transfer encoding. */
        public ReceivedMail read() {
            return ReceivedMail.parse(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final Set<String> refused;
    private final boolean silent;
    private final boolean hangsUp;
    private volatile long dataReplyDelayMillis;
    private final int messagesPerSession;
    private volatile Runnable beforeNextAcceptance = () -> { };
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();

    private ScriptedSmtpServer(int port, Set<String> refused, boolean silent, boolean hangsUp, int messagesPerSession)
            throws IOException {
        this.socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.refused = refused;
        this.silent = silent;
        this.hangsUp = hangsUp;
        this.messagesPerSession = messagesPerSession;
        connections.submit(this::acceptLoop);
    }

    /** Answers normally, except RCPT TO a refused address gets a permanent 550, and MAIL FROM one a 553. */
    public static ScriptedSmtpServer refusing(int port, Set<String> refused) throws IOException {
        return new ScriptedSmtpServer(port, refused, false, false, Integer.MAX_VALUE);
    }

    /** Answers MAIL FROM with a 421 and hangs up once a session has delivered that many messages, as providers do. */
    public static ScriptedSmtpServer endingSessionsAfter(int port, int messages) throws IOException {
        return new ScriptedSmtpServer(port, Set.of(), false, false, messages);
    }

    /** Accepts every connection and never answers: a server that hangs. */
    public static ScriptedSmtpServer silent(int port) throws IOException {
        return new ScriptedSmtpServer(port, Set.of(), true, false, Integer.MAX_VALUE);
    }

    /** Takes every connection and closes it before a greeting: a server that cannot serve anyone. */
    public static ScriptedSmtpServer hangingUpAtOnce(int port) throws IOException {
        return new ScriptedSmtpServer(port, Set.of(), false, true, Integer.MAX_VALUE);
    }

    /** From now on waits this long after each message's data before saying it accepted it. */
    public void answerDataAfter(java.time.Duration delay) {
        this.dataReplyDelayMillis = delay.toMillis();
    }

    /** How many connections it took so far. */
    public int connections() {
        return open.size();
    }

    /** Runs once, after the next message's data has arrived and before the server says it accepted it. */
    public void beforeNextAcceptance(Runnable action) {
        this.beforeNextAcceptance = action;
    }

    public List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /** The verb of every command clients sent so far (EHLO, MAIL, RCPT, DATA, NOOP...), in order. */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    /** The port it listens on, also when it was asked for any free one (port 0). */
    public int port() {
        return socket.getLocalPort();
    }

    /** A Jakarta Mail session that sends here, giving up on a silent peer after the timeout. */
    public Session mailSession(int timeoutMillis) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        return Session.getInstance(properties);
    }

    /** Drops every open session without a word, as a server does that restarts; it still takes new ones. */
    public void hangUp() throws IOException {
        for (Socket client : open) {
            client.close();
        }
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                if (hangsUp) {
                    client.close();
                } else if (!silent) {
                    connections.submit(() -> converse(client));
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = client.getOutputStream()) {
            reply(out, "220 scripted ESMTP");
            String recipient = null;
            int delivered = 0;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                commands.add(command.split("[ :]", 2)[0]);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 scripted");
                } else if (command.startsWith("MAIL FROM")) {
                    if (delivered >= messagesPerSession) {
                        reply(out, "421 4.7.0 too many messages in this session, closing");
                        return;
                    }
                    String sender = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    reply(out, refused.contains(sender) ? "553 5.7.1 <" + sender + ">: sender not allowed" : "250 2.1.0 OK");
                } else if (command.startsWith("RCPT TO")) {
                    recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    reply(out, refused.contains(recipient) ? "550 5.1.1 <" + recipient + ">: no such mailbox here" : "250 2.1.5 OK");
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 go ahead");
                    String data = readData(in);
                    accepted.add(new Accepted(recipient, messageId(data), data));
                    Runnable action = beforeNextAcceptance;
                    beforeNextAcceptance = () -> { };
                    action.run();
                    Thread.sleep(dataReplyDelayMillis);
                    delivered++;
                    reply(out, "250 2.0.0 queued");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException | RuntimeException dropped) {
            // the client went away; nothing to keep
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readData(BufferedReader in) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
        }
        return data.toString();
    }

    private static String messageId(String data) {
        return data.lines().filter(line -> line.regionMatches(true, 0, "Message-ID:", 0, 11))
                .map(line -> line.substring(11).strip()).findFirst().orElse(null);
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        // Sessions blocked reading a line wake only when their socket closes, not on interrupt.
        for (Socket client : open) {
            client.close();
        }
        connections.shutdownNow();
        try {
            // The accept loop may be adding a connection it just took; wait until it has stopped.
            connections.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Socket client : open) {
            client.close();
        }
    }
}

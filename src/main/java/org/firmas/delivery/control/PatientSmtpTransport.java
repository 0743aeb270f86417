package org.firmas.delivery.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Properties;
import javax.net.SocketFactory;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP transport that waits for the reply to the end of a message's data as long as RFC 5321
 * (4.5.3.2.6) suggests, ten minutes, rather than the short timeout of every other reply: a server
 * that is slow to queue a message must not have it sent twice. Once the data has gone, a reply
 * that never comes leaves the message maybe delivered, which it reports as {@link MaybeDelivered}.
 * The implementation shipped with the server (Angus Mail) is extended, as the API has no hook
 * between the data and its reply.
 */
final class PatientSmtpTransport extends SMTPTransport {

    /** The server took the whole message and its answer was lost: it may have queued it. */
    static final class MaybeDelivered extends MessagingException {

        MaybeDelivered(Exception lost) {
            super("No reply to the end of the data; the message may have been delivered", lost);
        }
    }

    private final RememberingSockets sockets;
    private final int replyTimeoutMillis;
    private final int dataEndTimeoutMillis;

    private PatientSmtpTransport(Session session, URLName server, RememberingSockets sockets, int replyTimeoutMillis,
            int dataEndTimeoutMillis) {
        super(session, server);
        this.sockets = sockets;
        this.replyTimeoutMillis = replyTimeoutMillis;
        this.dataEndTimeoutMillis = dataEndTimeoutMillis;
    }

    /** A transport on a session of its own, whose sockets it can find again to change their timeout. */
    static PatientSmtpTransport of(Properties smtp, int replyTimeoutMillis, int dataEndTimeoutMillis) {
        RememberingSockets sockets = new RememberingSockets();
        Properties own = new Properties();
        own.putAll(smtp);
        // An instance, not a class name: Jakarta Mail reads this property with get, not getProperty.
        own.put("mail.smtp.socketFactory", sockets);
        own.put("mail.smtp.socketFactory.fallback", "false");
        Session session = Session.getInstance(own);
        return new PatientSmtpTransport(session, new URLName("smtp", own.getProperty("mail.smtp.host"),
                Integer.parseInt(own.getProperty("mail.smtp.port", "25")), null, null, null), sockets,
                replyTimeoutMillis, dataEndTimeoutMillis);
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        Socket socket = sockets.last;
        socket.setSoTimeout(dataEndTimeoutMillis);
        try {
            super.finishData();
        } catch (IOException | MessagingException lost) {
            int code = getLastReturnCode();
            if (code >= 400 && code < 600) {
                // The server answered, and said no: the message was not taken.
                throw lost;
            }
            throw new MaybeDelivered(lost);
        } finally {
            if (!socket.isClosed()) {
                socket.setSoTimeout(replyTimeoutMillis);
            }
        }
    }

    /** Makes this transport's sockets, and keeps the last one (the session's, under any TLS layer). */
    private static final class RememberingSockets extends SocketFactory {

        private volatile Socket last;

        @Override
        public Socket createSocket() {
            Socket socket = new Socket();
            last = socket;
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null);
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
        }

        private Socket connected(InetSocketAddress server, InetSocketAddress local) throws IOException {
            Socket socket = createSocket();
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(server);
            return socket;
        }
    }
}

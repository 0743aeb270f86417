package org.firmas.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local SMTP sink for the benchmark: accepts everything as fast as it can, counts messages,
 * and writes the confirmation tokens it sees to a CSV file for the confirmation scenario.
 * Usage: SmtpSink port tokens.csv stats.txt
 */
public final class SmtpSink {

    private static final Pattern CONFIRM = Pattern.compile("/confirm/([A-Za-z0-9_-]{43})");

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong first = new AtomicLong();
    private final AtomicLong last = new AtomicLong();
    private final BufferedWriter tokens;

    private SmtpSink(Path tokensFile) throws IOException {
        Files.createDirectories(tokensFile.toAbsolutePath().getParent());
        this.tokens = Files.newBufferedWriter(tokensFile, StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        tokens.write("token\n");
        tokens.flush();
    }

    public static void main(String[] args) throws Exception {
        SmtpSink sink = new SmtpSink(Path.of(args[1]));
        Path stats = Path.of(args[2]);
        ExecutorService pool = Executors.newCachedThreadPool();
        Thread reporter = new Thread(() -> sink.report(stats));
        reporter.setDaemon(true);
        reporter.start();
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 200, InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket client = server.accept();
                pool.submit(() -> sink.converse(client));
            }
        }
    }

    private void report(Path stats) {
        FiguresFile figures = new FiguresFile(stats);
        while (true) {
            try {
                Thread.sleep(500);
                synchronized (tokens) {
                    tokens.flush();
                }
                figures.write(received.get(), first.get(), last.get());
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                // The next half second writes them again; a reporter that stopped would stall the run.
                System.err.println("Sink figures not written: " + e);
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8), 65536);
             OutputStream out = client.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        StringBuilder data = new StringBuilder();
                        String body;
                        while ((body = in.readLine()) != null && !body.equals(".")) {
                            data.append(body.endsWith("=") ? body.substring(0, body.length() - 1) : body + "\n");
                        }
                        accepted(data);
                        reply(out, "250 2.0.0 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException dropped) {
            // client went away
        }
    }

    private void accepted(CharSequence data) throws IOException {
        long now = System.currentTimeMillis();
        first.compareAndSet(0, now);
        last.set(now);
        received.incrementAndGet();
        Matcher link = CONFIRM.matcher(data);
        if (link.find()) {
            synchronized (tokens) {
                tokens.write(link.group(1));
                tokens.write('\n');
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}

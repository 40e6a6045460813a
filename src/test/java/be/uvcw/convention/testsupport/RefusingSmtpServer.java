package be.uvcw.convention.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SMTP server that refuses some recipients with a permanent « 550 » (GreenMail accepts every
 * address) and keeps the recipients of every message it accepted. Enough of RFC 5321 for Jakarta
 * Mail: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
 */
public final class RefusingSmtpServer implements AutoCloseable {

  private final ServerSocket server;
  private final Set<String> refused;
  private final List<String> accepted = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  public RefusingSmtpServer(Set<String> refusedRecipients) {
    this.refused = refusedRecipients.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    try {
      this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.acceptor = new Thread(this::serve, "refusing-smtp");
    this.acceptor.setDaemon(true);
    this.acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** The recipient of each message accepted, in order (one entry per message). */
  public List<String> accepted() {
    return List.copyOf(accepted);
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket client = server.accept()) {
        converse(client);
      } catch (IOException closedOrBroken) {
        // next client, or the end
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = client.getOutputStream();
    reply(out, "220 refusing-smtp ready");
    List<String> recipients = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase(Locale.ROOT);
      if (command.startsWith("EHLO") || command.startsWith("HELO")) {
        reply(out, "250 refusing-smtp");
      } else if (command.startsWith("MAIL FROM")) {
        recipients.clear();
        reply(out, "250 OK");
      } else if (command.startsWith("RCPT TO")) {
        String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')).toLowerCase(Locale.ROOT);
        if (refused.contains(address)) {
          reply(out, "550 5.1.1 <" + address + "> : boite aux lettres inconnue");
        } else {
          recipients.add(address);
          reply(out, "250 OK");
        }
      } else if (command.equals("DATA")) {
        reply(out, "354 End data with <CR><LF>.<CR><LF>");
        while ((line = in.readLine()) != null && !line.equals(".")) {
          // the message itself does not matter here
        }
        accepted.addAll(recipients);
        recipients.clear();
        reply(out, "250 OK queued");
      } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
        recipients.clear();
        reply(out, "250 OK");
      } else if (command.startsWith("QUIT")) {
        reply(out, "221 Bye");
        return;
      } else {
        reply(out, "502 Command not implemented");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() {
    try {
      server.close();
      acceptor.join(2000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

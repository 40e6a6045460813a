import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny SMTP server for the crash tests (scripts/crash-test.sh), run outside the application's
 * JVM so that it outlives a kill -9 of a node: `java scripts/SmtpSink.java PORT FILE`. It accepts
 * every mail and appends one line per mail to FILE (time, recipient, decoded subject) BEFORE it
 * answers 250: a line is a mail the application saw accepted. No dependencies (single-file program).
 */
public class SmtpSink {

  private static final Pattern ENCODED = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    PrintStream log = new PrintStream(new FileOutputStream(args[1], true), true, StandardCharsets.UTF_8);
    try (ServerSocket server = new ServerSocket(port, 200, java.net.InetAddress.getByName("127.0.0.1"))) {
      System.out.println("SMTP sink listening on 127.0.0.1:" + port + ", writing " + args[1]);
      while (true) {
        Socket client = server.accept();
        Thread thread = new Thread(() -> serve(client, log), "smtp-" + client.getPort());
        thread.setDaemon(true);
        thread.start();
      }
    }
  }

  private static void serve(Socket client, PrintStream log) {
    try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
         OutputStream out = client.getOutputStream()) {
      client.setTcpNoDelay(true);
      reply(out, "220 smtp-sink ready");
      String recipient = "";
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
        switch (command) {
          case "EHLO", "HELO" -> reply(out, "250 smtp-sink");
          case "MAIL" -> { recipient = ""; reply(out, "250 OK"); }
          case "RCPT" -> { recipient = line.replaceAll("(?i).*TO:\\s*<?([^>]*)>?.*", "$1"); reply(out, "250 OK"); }
          case "DATA" -> {
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            String subject = "";
            boolean headers = true;
            String previous = null;
            while ((line = in.readLine()) != null && !line.equals(".")) {
              if (headers) {
                if (line.isEmpty()) {
                  headers = false;
                } else if ((line.startsWith(" ") || line.startsWith("\t")) && "subject".equals(previous)) {
                  subject += line.trim();
                } else {
                  previous = line.contains(":") ? line.substring(0, line.indexOf(':')).toLowerCase() : null;
                  if ("subject".equals(previous)) {
                    subject = line.substring(line.indexOf(':') + 1).trim();
                  }
                }
              }
            }
            synchronized (log) {
              log.println(System.currentTimeMillis() + "\t" + recipient + "\t" + decode(subject));
            }
            reply(out, "250 OK queued");
          }
          case "QUIT" -> { reply(out, "221 Bye"); return; }
          default -> reply(out, "250 OK"); // RSET, NOOP
        }
      }
    } catch (IOException e) {
      // the client went away (e.g. the node was killed): nothing to record
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** RFC 2047 encoded words (JavaMail encodes a subject with "—" this way). */
  static String decode(String header) {
    Matcher m = ENCODED.matcher(header.replaceAll("\\?=\\s+=\\?", "?==?"));
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      byte[] bytes;
      if (m.group(2).equalsIgnoreCase("B")) {
        bytes = Base64.getDecoder().decode(m.group(3));
      } else {
        java.io.ByteArrayOutputStream q = new java.io.ByteArrayOutputStream();
        String s = m.group(3).replace('_', ' ');
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (c == '=' && i + 2 < s.length() + 0 && i + 2 <= s.length() - 1) {
            q.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
            i += 2;
          } else {
            q.write(c);
          }
        }
        bytes = q.toByteArray();
      }
      m.appendReplacement(text, Matcher.quoteReplacement(new String(bytes, java.nio.charset.Charset.forName(m.group(1)))));
    }
    m.appendTail(text);
    return text.toString();
  }
}

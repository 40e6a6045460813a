package be.uvcw.convention.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a person found in their mailbox (the tests' GreenMail): mails, their text, their attachments, their access link. */
public final class Mailbox {

  private static final Pattern LINK = Pattern.compile("https?://\\S+/activation\\.html\\?jeton=([0-9a-f]+)");

  private final GreenMail smtp;

  public Mailbox(GreenMail smtp) {
    this.smtp = smtp;
  }

  /** The mails to that address, oldest first. */
  public List<MimeMessage> to(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
  }

  /** The latest mail to that address whose subject starts so. */
  public MimeMessage latest(String address, String subjectStart) {
    List<MimeMessage> found = to(address).stream().filter(m -> subject(m).startsWith(subjectStart)).toList();
    if (found.isEmpty()) {
      throw new AssertionError("No mail « " + subjectStart + "… » to " + address + "; received: "
          + to(address).stream().map(Mailbox::subject).toList());
    }
    return found.get(found.size() - 1);
  }

  /** The absolute activation link in a mail's text, or null. */
  public static String accessLink(MimeMessage message) {
    Matcher matcher = LINK.matcher(text(message));
    return matcher.find() ? matcher.group() : null;
  }

  public static String token(String link) {
    Matcher matcher = LINK.matcher(link);
    if (!matcher.find()) {
      throw new AssertionError("not an access link: " + link);
    }
    return matcher.group(1);
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      return "";
    }
  }

  /** The plain text body. */
  public static String text(MimeMessage message) {
    try {
      return text((Part) message);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file names of its attachments. */
  public static List<String> attachments(MimeMessage message) {
    List<String> names = new ArrayList<>();
    try {
      if (message.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          if (multipart.getBodyPart(i).getFileName() != null) {
            names.add(multipart.getBodyPart(i).getFileName());
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static String text(Part part) throws Exception {
    Object content = part.getContent();
    if (content instanceof String s) {
      return s;
    }
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        Part child = multipart.getBodyPart(i);
        if (child.getFileName() == null && (child.isMimeType("text/plain") || child.getContent() instanceof Multipart)) {
          return text(child);
        }
      }
    }
    throw new IllegalStateException("no text part");
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (Exception e) {
      return false;
    }
  }
}

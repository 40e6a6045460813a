package be.uvcw.convention.notification;

import java.util.regex.Pattern;

/**
 * Personal access links (identity.AccessLinks) travel only over SMTP to their recipient: every
 * copy the application keeps or shows (the mail journal, its API) goes through {@link #mask}.
 * Keep this the one place that knows what such a link looks like.
 */
public final class SecretLinks {

  /** What the journal shows in place of a personal link. */
  public static final String MASK = "« [lien personnel masqué] »";

  /** The path of the activation page; a link is this path with the one-time token as "jeton". */
  public static final String ACTIVATION_PATH = "/activation.html?jeton=";

  private static final Pattern LINK = Pattern.compile("\\S*" + Pattern.quote(ACTIVATION_PATH) + "[0-9A-Za-z]+");

  private SecretLinks() {}

  /** The text with every personal link replaced by {@link #MASK}. */
  public static String mask(String text) {
    return text == null ? null : LINK.matcher(text).replaceAll(MASK);
  }
}

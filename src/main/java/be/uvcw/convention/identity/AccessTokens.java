package be.uvcw.convention.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Tokens of access links: 256 random bits, kept in the database only as their SHA-256. Pure. */
final class AccessTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AccessTokens() {}

  /** A new token: 64 hex digits. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** What the database keeps: the SHA-256 of the token as 64 lower-case hex digits. */
  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

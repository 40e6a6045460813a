package be.uvcw.convention.testsupport;

import be.uvcw.convention.organisation.EnterpriseNumber;
import java.util.concurrent.ThreadLocalRandom;

/** Valid, random Belgian enterprise numbers, so tests sharing one database never collide. */
public final class TestEnterpriseNumbers {

  private TestEnterpriseNumbers() {}

  public static EnterpriseNumber next() {
    long base = ThreadLocalRandom.current().nextLong(2_000_000L, 19_999_999L);
    long check = 97 - (base % 97);
    return EnterpriseNumber.parse(String.format("%08d%02d", base, check));
  }
}

package be.uvcw.convention.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessTokensTest {

  @Test
  void tokensAre256RandomBitsAndOnlyTheirSha256IsKept() {
    String token = AccessTokens.newToken();
    assertThat(token).matches("[0-9a-f]{64}").isNotEqualTo(AccessTokens.newToken());
    assertThat(AccessTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(AccessTokens.hash(token)).matches("[0-9a-f]{64}").isNotEqualTo(token);
  }
}

package be.uvcw.convention.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormFieldsTest {

  @Test
  void keysOfEveryKeyedComponentGroupsIncludedAndReadOnlyOnesApart() throws Exception {
    String schema = """
        {"components": [
          {"type": "text", "text": "{{documentUrl}}"},
          {"type": "textfield", "key": "place"},
          {"type": "textfield", "key": "shown", "readonly": true},
          {"type": "group", "components": [{"type": "checkbox", "key": "nested", "disabled": true}]},
          {"type": "button", "key": "submit"}
        ]}""";
    FormFields fields = FormFields.parse(new ByteArrayInputStream(schema.getBytes(StandardCharsets.UTF_8)));
    assertThat(fields.keys()).containsExactlyInAnyOrder("place", "shown", "nested");
    assertThat(fields.readOnlyKeys()).containsExactlyInAnyOrder("shown", "nested");
  }

  @Test
  void theSignatureFormNamesNeitherTheConventionNorItsDocument() throws Exception {
    try (var in = new FileInputStream("forms/signer-convention-president.form")) {
      assertThat(FormFields.parse(in).keys()).containsExactlyInAnyOrder("presidentDecision", "presidentSignedOn",
          "presidentSignedPlace", "presidentRefusalReason");
    }
  }
}

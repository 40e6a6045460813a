package be.uvcw.convention.organisation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class EnterpriseNumberConverter implements AttributeConverter<EnterpriseNumber, String> {
  @Override
  public String convertToDatabaseColumn(EnterpriseNumber number) {
    return number == null ? null : number.digits();
  }

  @Override
  public EnterpriseNumber convertToEntityAttribute(String digits) {
    return digits == null ? null : EnterpriseNumber.parse(digits);
  }
}

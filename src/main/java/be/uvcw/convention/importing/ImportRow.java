package be.uvcw.convention.importing;

import be.uvcw.convention.organisation.EnterpriseNumber;
import be.uvcw.convention.organisation.OrganisationType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A validated row: everything needed to create (or find) the organisation and its active convention. */
public record ImportRow(int rowNumber, OrganisationType type, String name, EnterpriseNumber enterpriseNumber,
    String entity, String street, String postalCode, String city, String billingEmail, LocalDate signatureDate,
    YearMonth lastInvoicedMonth, List<String> toolCodes) {}

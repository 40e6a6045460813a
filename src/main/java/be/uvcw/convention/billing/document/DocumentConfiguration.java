package be.uvcw.convention.billing.document;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SupplierSettings.class)
class DocumentConfiguration {}

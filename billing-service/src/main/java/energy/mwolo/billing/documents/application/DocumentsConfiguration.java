package energy.mwolo.billing.documents.application;

import energy.mwolo.billing.documents.pdf.PdfRenderer;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.platform.documents.DocumentFonts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    /** Read once when the service starts, and checked: a service that cannot print fails then, not at a request. */
    @Bean
    DocumentFonts documentFonts() {
        return DocumentFonts.load();
    }

    @Bean
    PdfRenderer pdfRenderer(CompanySettings company, DocumentFonts fonts, ObjectProvider<BusinessTime> time) {
        return new PdfRenderer(company.details(), fonts, time.getIfAvailable(BusinessTime::system));
    }
}

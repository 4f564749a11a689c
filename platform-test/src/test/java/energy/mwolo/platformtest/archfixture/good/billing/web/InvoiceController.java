package energy.mwolo.platformtest.archfixture.good.billing.web;

import energy.mwolo.platformtest.archfixture.good.billing.model.Invoice;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Package-private, records on the wire, the model only inside. */
@RestController
class InvoiceController {

    ResponseEntity<List<InvoiceResponse>> list() {
        return ResponseEntity.ok(List.of(InvoiceResponse.from(new Invoice("F-1", BigDecimal.ONE))));
    }

    InvoiceResponse issue(InvoiceRequest request) {
        return InvoiceResponse.from(new Invoice(request.number(), new BigDecimal(request.amount())));
    }

    record InvoiceRequest(String number, String amount) {
    }

    record InvoiceResponse(String number, String amount) {

        static InvoiceResponse from(Invoice invoice) {
            return new InvoiceResponse(invoice.number(), invoice.amount().toPlainString());
        }
    }
}

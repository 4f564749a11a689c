package energy.mwolo.platformtest.archfixture.bad.billing.web;

import energy.mwolo.platformtest.archfixture.bad.billing.model.Invoice;
import energy.mwolo.platformtest.archfixture.bad.billing.persistence.InvoiceRow;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Public, and every way of putting a model type on the wire. */
@RestController
public class InvoiceController {

    public Invoice returnsTheModel() {
        return null;
    }

    ResponseEntity<List<Invoice>> returnsTheModelInsideGenerics() {
        return null;
    }

    void acceptsTheModel(String number, Invoice invoice) {
    }

    InvoiceResponse returnsARecordThatHoldsTheModel() {
        return null;
    }

    InvoiceRow returnsAnEntity() {
        return null;
    }

    ResponseEntity<Map<String, ? extends Invoice[]>> hidesTheModelInAWildcardArray() {
        return null;
    }

    record InvoiceResponse(String number, List<Invoice> lines) {
    }
}

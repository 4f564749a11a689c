package energy.mwolo.hr;

import energy.mwolo.platformtest.ApiDocument;
import org.junit.jupiter.api.Test;

/** The OpenAPI document staff read through the gateway's Swagger UI: every operation complete (ApiDocument). */
class ApiDocumentIT extends AbstractApiIT {

    @Test
    void everyOperationIsUnderADescribedFeatureWithItsProblemAnswersAndPageParameters() {
        ApiDocument.assertServedComplete(api, ApiDocument.staffToken(), "hr-service");
    }
}

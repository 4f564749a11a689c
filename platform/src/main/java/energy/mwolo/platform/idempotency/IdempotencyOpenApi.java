package energy.mwolo.platform.idempotency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.time.Duration;
import java.util.Locale;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/** Shows the {@value Idempotent#HEADER} header on every idempotent operation of the service's OpenAPI document. */
class IdempotencyOpenApi implements OperationCustomizer {

    private final String retention;

    IdempotencyOpenApi(Duration retention) {
        this.retention = retention.toString().substring(2).toLowerCase(Locale.ROOT);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Idempotent idempotent = handler.getMethodAnnotation(Idempotent.class);
        if (idempotent != null) {
            operation.addParametersItem(new HeaderParameter()
                    .name(Idempotent.HEADER)
                    .required(idempotent.required())
                    .description("One key per operation (1 to 255 visible ASCII characters), sent again with each "
                            + "retry: a retry within "
                            + retention + " gets the first answer again, with "
                            + Idempotent.REPLAYED_HEADER + ": true, and changes nothing.")
                    .schema(new StringSchema().minLength(1).maxLength(IdempotencyKey.MAX_LENGTH)));
        }
        return operation;
    }
}

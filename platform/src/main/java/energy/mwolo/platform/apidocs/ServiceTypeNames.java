package energy.mwolo.platform.apidocs;

import io.swagger.v3.core.jackson.TypeNameResolver;
import java.util.List;

/**
 * Schema names that do not collide: swagger names a schema by its class's simple name, so two nested records of one
 * name ({@code PayrollResponses.Totals} and {@code AgencyMonthSummary.Totals}) became one schema, the other's
 * properties missing from the document. A nested class is named after its enclosing class without a
 * {@code Controller}, {@code Requests}, {@code Responses}, {@code Request} or {@code Response} ending, unless its own
 * name already starts so: {@code PayrollTotals}, {@code AgencyMonthSummaryTotals}, {@code InvoiceLine},
 * {@code TicketBody} for {@code TicketController.TicketBody}.
 */
final class ServiceTypeNames extends TypeNameResolver {

    private static final List<String> ENDINGS = List.of("Controller", "Responses", "Requests", "Response", "Request");

    @Override
    protected String getNameOfClass(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing == null || !type.getName().startsWith("energy.mwolo.")) {
            return super.getNameOfClass(type);
        }
        String stem = enclosing.getSimpleName();
        for (String ending : ENDINGS) {
            if (stem.endsWith(ending) && stem.length() > ending.length()) {
                stem = stem.substring(0, stem.length() - ending.length());
                break;
            }
        }
        return type.getSimpleName().startsWith(stem) ? type.getSimpleName() : stem + type.getSimpleName();
    }
}

package energy.mwolo.contracts.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.ContractSchemas;
import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.GoldenSamples;
import energy.mwolo.contracts.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What the billing schemas and records enforce beyond presence: money, currencies, codes and their rules. */
class BillingEventsTest {

    private static final Instant NOW = Instant.parse("2025-06-18T10:42:17Z");

    static List<EventContract<?>> billingEvents() {
        return Contracts.all().stream().filter(contract -> contract.module().equals("billing")).toList();
    }

    /** Every top-level amount of every billing event, by contract. */
    static List<Arguments> amounts() {
        Map<EventContract<?>, List<String>> amounts = Map.of(
                InvoiceIssued.CONTRACT, List.of("subtotal", "tax", "total", "balance"),
                InvoicePaid.CONTRACT, List.of("total"),
                InvoiceOverdue.CONTRACT, List.of("balance"),
                InvoiceCredited.CONTRACT, List.of("amount_credited", "remaining_balance"),
                PaymentReceived.CONTRACT, List.of("amount", "credit_amount"),
                PaymentFailed.CONTRACT, List.of("amount"),
                MobileMoneyPaymentStarted.CONTRACT, List.of("amount"),
                MobileMoneyReversalReported.CONTRACT, List.of("amount"));
        return amounts.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(field -> Arguments.of(entry.getKey(), field)))
                .toList();
    }

    @Test
    void billingEventsArePublishedOnTheirAggregatesTopics() {
        assertThat(billingEvents()).hasSize(11);
        assertThat(List.of(InvoiceIssued.CONTRACT, InvoicePaid.CONTRACT, InvoiceOverdue.CONTRACT,
                InvoiceCredited.CONTRACT)).allSatisfy(c -> assertThat(c.topic()).isEqualTo(Topics.BILLING_INVOICE_EVENTS));
        assertThat(List.of(PaymentReceived.CONTRACT, PaymentFailed.CONTRACT, MobileMoneyPaymentStarted.CONTRACT,
                MobileMoneyPaymentEnded.CONTRACT, MobileMoneyReversalReported.CONTRACT))
                .allSatisfy(c -> assertThat(c.topic()).isEqualTo(Topics.BILLING_PAYMENT_EVENTS));
        assertThat(List.of(AccountOverdue.CONTRACT, AccountSettled.CONTRACT))
                .allSatisfy(c -> assertThat(c.topic()).isEqualTo(Topics.BILLING_ACCOUNT_EVENTS));
    }

    @ParameterizedTest
    @MethodSource("amounts")
    void anAmountWrittenAsAJsonNumberFailsValidation(EventContract<?> contract, String field) {
        ObjectNode sample = GoldenSamples.tree(contract).put(field, new BigDecimal("137264.25"));

        assertThat(ContractSchemas.violations(contract, sample)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("amounts")
    void anAmountThatIsNegativeBelowTheCentOrNotPlainDigitsFailsValidation(EventContract<?> contract, String field) {
        for (String amount : List.of("-1.00", "12.345", "1E+3", "12,50", "", " 12.50")) {
            ObjectNode sample = GoldenSamples.tree(contract).put(field, amount);

            assertThat(ContractSchemas.violations(contract, sample)).as(amount).isNotEmpty();
        }
    }

    static List<EventContract<?>> eventsWithOneCurrency() {
        return billingEvents().stream().filter(contract -> GoldenSamples.tree(contract).has("currency")).toList();
    }

    @ParameterizedTest
    @MethodSource("eventsWithOneCurrency")
    void aCurrencyOtherThanUsdOrCdfFailsValidationAndCannotBeRead(EventContract<?> contract) {
        ObjectNode sample = GoldenSamples.tree(contract);
        for (String currency : List.of("EUR", "usd")) {
            sample.put("currency", currency);

            assertThat(ContractSchemas.violations(contract, sample)).as(currency).isNotEmpty();
            assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, contract.payloadType()))
                    .as(currency).isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void numbersOutsideTheirPatternsFailValidation() {
        assertThat(ContractSchemas.violations(InvoiceIssued.CONTRACT,
                GoldenSamples.tree(InvoiceIssued.CONTRACT).put("number", "FAC-25-000481"))).isNotEmpty();
        assertThat(ContractSchemas.violations(InvoiceCredited.CONTRACT,
                GoldenSamples.tree(InvoiceCredited.CONTRACT).put("credit_note_number", "AV-2025-17"))).isNotEmpty();
        assertThat(ContractSchemas.violations(PaymentReceived.CONTRACT,
                GoldenSamples.tree(PaymentReceived.CONTRACT).put("reference", "PAY-2025-0012070"))).isNotEmpty();
    }

    @Test
    void amountsAreWrittenToTheCentAndTheRateToFourDecimals() {
        PaymentReceived payment = new PaymentReceived(UUID.randomUUID(), "PAY-2025-001318", UUID.randomUUID(),
                new BigDecimal("50"), "USD", "cash", null, null, NOW, NOW, new BigDecimal("2850"),
                List.of(new PaymentReceived.Allocation(UUID.randomUUID(), "FAC-2025-000481", "CDF",
                        new BigDecimal("142500"))), BigDecimal.ZERO, NOW);

        ObjectNode json = (ObjectNode) ContractJson.mapper().readTree(ContractJson.write(payment));

        assertThat(json.path("amount").asString()).isEqualTo("50.00");
        assertThat(json.path("exchange_rate").asString()).isEqualTo("2850.0000");
        assertThat(json.path("credit_amount").asString()).isEqualTo("0.00");
        assertThat(json.path("allocations").get(0).path("amount").asString()).isEqualTo("142500.00");
        assertThat(ContractSchemas.violations(PaymentReceived.CONTRACT, json)).isEmpty();
    }

    @Test
    void anAmountBelowTheCentCannotBeBuilt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InvoicePaid(UUID.randomUUID(), "FAC-2025-000481",
                UUID.randomUUID(), UUID.randomUUID(), "CDF", new BigDecimal("10.005"), NOW, null, NOW))
                .withMessageContaining("total");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2850.12345", "0", "-2850"})
    void anExchangeRateBeyondFourDecimalsOrNotPositiveCannotBeRead(String rate) {
        ObjectNode sample = GoldenSamples.variant(PaymentReceived.CONTRACT, "converted").put("exchange_rate", rate);

        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, PaymentReceived.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void anExchangeRateBeyondFourDecimalsFailsValidation() {
        ObjectNode sample = GoldenSamples.variant(PaymentReceived.CONTRACT, "converted")
                .put("exchange_rate", "2850.12345");

        assertThat(ContractSchemas.violations(PaymentReceived.CONTRACT, sample)).isNotEmpty();
    }

    @Test
    void anInvoiceWhoseTotalIsNotSubtotalPlusTaxCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(InvoiceIssued.CONTRACT).put("total", "137264.26");

        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, InvoiceIssued.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("subtotal");
    }

    @Test
    void anInvoiceDueBeforeItIsIssuedOrOwingMoreThanItsTotalCannotBeRead() {
        ObjectNode dueEarly = GoldenSamples.tree(InvoiceIssued.CONTRACT).put("due_date", "2025-06-04");
        ObjectNode owingMore = GoldenSamples.tree(InvoiceIssued.CONTRACT).put("balance", "137264.26");

        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(dueEarly, InvoiceIssued.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("dueDate");
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(owingMore, InvoiceIssued.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("balance");
    }

    @Test
    void aFullCreditThatLeavesSomethingToPayFailsValidationAndCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(InvoiceCredited.CONTRACT).put("kind", "full");

        assertThat(ContractSchemas.violations(InvoiceCredited.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, InvoiceCredited.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void aFullCreditLeavingNothingToPayIsValid() {
        ObjectNode sample = GoldenSamples.tree(InvoiceCredited.CONTRACT).put("kind", "full")
                .put("amount_credited", "137264.25").put("remaining_balance", "0.00");

        assertThat(ContractSchemas.violations(InvoiceCredited.CONTRACT, sample)).isEmpty();
        assertThat(ContractJson.mapper().treeToValue(sample, InvoiceCredited.class).kind())
                .isEqualTo(InvoiceCredited.FULL);
    }

    @Test
    void aMobileMoneyPaymentWithoutItsProviderFailsValidationAndCannotBeRead() {
        for (EventContract<?> contract : List.of(PaymentReceived.CONTRACT, PaymentFailed.CONTRACT)) {
            ObjectNode sample = GoldenSamples.variant(contract, "mobile-money");
            sample.remove("provider");

            assertThat(ContractSchemas.violations(contract, sample)).as(contract.name()).isNotEmpty();
            assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, contract.payloadType()))
                    .as(contract.name()).isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void aProviderOnAPaymentOtherThanMobileMoneyFailsValidationAndCannotBeRead() {
        for (EventContract<?> contract : List.of(PaymentReceived.CONTRACT, PaymentFailed.CONTRACT)) {
            ObjectNode sample = GoldenSamples.variant(contract, "mobile-money").put("method", "card");

            assertThat(ContractSchemas.violations(contract, sample)).as(contract.name()).isNotEmpty();
            assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, contract.payloadType()))
                    .as(contract.name()).isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void anUnknownMethodOrProviderFailsValidation() {
        assertThat(ContractSchemas.violations(PaymentReceived.CONTRACT,
                GoldenSamples.tree(PaymentReceived.CONTRACT).put("method", "cheque"))).isNotEmpty();
        assertThat(ContractSchemas.violations(PaymentReceived.CONTRACT,
                GoldenSamples.variant(PaymentReceived.CONTRACT, "mobile-money").put("provider", "vodacom")))
                .isNotEmpty();
    }

    @Test
    void aReceivedMobileMoneyPaymentNamesTheProvidersTransaction() {
        ObjectNode sample = GoldenSamples.variant(PaymentReceived.CONTRACT, "mobile-money");
        sample.remove("provider_transaction_id");

        assertThat(ContractSchemas.violations(PaymentReceived.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, PaymentReceived.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void aFailureBeforeTheProviderNamedATransactionIsValid() {
        ObjectNode sample = GoldenSamples.variant(PaymentFailed.CONTRACT, "mobile-money").put("reason", "expired");
        sample.remove("provider_transaction_id");
        sample.remove("detail");

        assertThat(ContractSchemas.violations(PaymentFailed.CONTRACT, sample)).isEmpty();
        assertThat(ContractJson.mapper().treeToValue(sample, PaymentFailed.class).providerTransactionId()).isNull();
    }

    @Test
    void anUnknownFailureReasonFailsValidationAndCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(PaymentFailed.CONTRACT).put("reason", "bad_luck");

        assertThat(ContractSchemas.violations(PaymentFailed.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, PaymentFailed.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void allocationsAndCreditInThePaymentsCurrencyMustAddUpToTheAmount() {
        ObjectNode sample = GoldenSamples.tree(PaymentReceived.CONTRACT).put("credit_amount", "10000.01");

        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, PaymentReceived.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("add up");
    }

    @Test
    void aPaymentThatWentEntirelyToCreditHasNoAllocation() {
        ObjectNode sample = GoldenSamples.tree(PaymentReceived.CONTRACT).put("credit_amount", "160000.00");
        sample.putArray("allocations");

        assertThat(ContractSchemas.violations(PaymentReceived.CONTRACT, sample)).isEmpty();
        assertThat(ContractJson.mapper().treeToValue(sample, PaymentReceived.class).allocations()).isEmpty();
    }

    @Test
    void anAllocationConvertedFromTheOtherCurrencyNeedsTheExchangeRate() {
        ObjectNode sample = GoldenSamples.variant(PaymentReceived.CONTRACT, "converted");
        sample.remove("exchange_rate");

        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, PaymentReceived.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("exchange rate");
    }

    @Test
    void anInvoiceAllocatedTwiceInOnePaymentCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(PaymentReceived.CONTRACT);
        ArrayNode allocations = (ArrayNode) sample.get("allocations");
        ((ObjectNode) allocations.get(0)).put("invoice_id", allocations.get(1).path("invoice_id").asString());

        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, PaymentReceived.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("allocated twice");
    }

    @Test
    void anAllocationWithoutItsCurrencyFailsValidationAndCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(PaymentReceived.CONTRACT);
        ((ObjectNode) sample.get("allocations").get(0)).remove("currency");

        assertThat(ContractSchemas.violations(PaymentReceived.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, PaymentReceived.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void anOverdueAccountOwesSomethingInAtMostTwoCurrenciesEachOnce() {
        ObjectNode nothing = GoldenSamples.tree(AccountOverdue.CONTRACT);
        nothing.putArray("balances");
        ObjectNode cdfTwice = GoldenSamples.tree(AccountOverdue.CONTRACT);
        ((ArrayNode) cdfTwice.get("balances")).addObject().put("currency", "CDF").put("amount", "5000.00");

        assertThat(ContractSchemas.violations(AccountOverdue.CONTRACT, nothing)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(nothing, AccountOverdue.class))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(cdfTwice, AccountOverdue.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("twice");
    }

    @Test
    void anAccountOwingInBothCurrenciesIsValid() {
        ObjectNode sample = GoldenSamples.tree(AccountOverdue.CONTRACT);
        ((ArrayNode) sample.get("balances")).addObject().put("currency", "USD").put("amount", "42.50");

        assertThat(ContractSchemas.violations(AccountOverdue.CONTRACT, sample)).isEmpty();
        assertThat(ContractJson.mapper().treeToValue(sample, AccountOverdue.class).balances())
                .extracting(AccountOverdue.Balance::currency).containsExactly("CDF", "USD");
    }

    @Test
    void overdueMeansAtLeastOneDayLate() {
        for (EventContract<?> contract : List.of(InvoiceOverdue.CONTRACT, AccountOverdue.CONTRACT)) {
            ObjectNode sample = GoldenSamples.tree(contract).put("days_overdue", 0);

            assertThat(ContractSchemas.violations(contract, sample)).as(contract.name()).isNotEmpty();
            assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, contract.payloadType()))
                    .as(contract.name()).isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void aDunningStepIsALowerCaseCode() {
        ObjectNode sample = GoldenSamples.tree(AccountOverdue.CONTRACT).put("dunning_step", "J+14");

        assertThat(ContractSchemas.violations(AccountOverdue.CONTRACT, sample)).isNotEmpty();
    }

    @Test
    void anAccountSettledByACreditNoteNamesNoPayment() {
        ObjectNode sample = GoldenSamples.tree(AccountSettled.CONTRACT);
        sample.remove("payment_id");

        assertThat(ContractSchemas.violations(AccountSettled.CONTRACT, sample)).isEmpty();
        assertThat(ContractJson.mapper().treeToValue(sample, AccountSettled.class).paymentId()).isNull();
    }

    @Test
    void aStartedMobileMoneyPaymentNeverShowsTheWholeNumber() {
        for (String number : List.of("+243812345678", "+24381*****78", "0812345678")) {
            ObjectNode sample = GoldenSamples.tree(MobileMoneyPaymentStarted.CONTRACT).put("msisdn_masked", number);

            assertThat(ContractSchemas.violations(MobileMoneyPaymentStarted.CONTRACT, sample)).as(number).isNotEmpty();
            assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, MobileMoneyPaymentStarted.class))
                    .as(number).isInstanceOf(JacksonException.class);
        }
        assertThat(MobileMoneyPaymentStarted.mask("812345678")).isEqualTo("+24381****678");
    }

    @Test
    void aHoldThatEndsBeforeThePaymentStartedCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(MobileMoneyPaymentStarted.CONTRACT)
                .put("hold_until", "2025-06-18T10:42:17Z");

        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, MobileMoneyPaymentStarted.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("holdUntil");
    }

    @Test
    void aStartedPaymentNamesTheOperatorNotTheAggregator() {
        ObjectNode sample = GoldenSamples.tree(MobileMoneyPaymentStarted.CONTRACT).put("provider", "aggregator");

        assertThat(ContractSchemas.violations(MobileMoneyPaymentStarted.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, MobileMoneyPaymentStarted.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void aStartedPaymentOnTheClientsOldestDuesNamesNoInvoice() {
        ObjectNode sample = GoldenSamples.tree(MobileMoneyPaymentStarted.CONTRACT);
        sample.putArray("invoice_ids");

        assertThat(ContractSchemas.violations(MobileMoneyPaymentStarted.CONTRACT, sample)).isEmpty();
        assertThat(ContractJson.mapper().treeToValue(sample, MobileMoneyPaymentStarted.class).invoiceIds()).isEmpty();
    }

    @Test
    void anUnknownEndOfAMobileMoneyPaymentFailsValidationAndCannotBeRead() {
        ObjectNode sample = GoldenSamples.tree(MobileMoneyPaymentEnded.CONTRACT).put("outcome", "succeeded");

        assertThat(ContractSchemas.violations(MobileMoneyPaymentEnded.CONTRACT, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(sample, MobileMoneyPaymentEnded.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void aReversalOfAPaybillPaymentNamesNoRequestAndANamelessOneCannotBeRead() {
        ObjectNode paybill = GoldenSamples.tree(MobileMoneyReversalReported.CONTRACT);
        paybill.remove("request_id");
        paybill.remove("reason");
        ObjectNode nameless = GoldenSamples.tree(MobileMoneyReversalReported.CONTRACT);
        nameless.remove("provider_transaction_id");

        assertThat(ContractSchemas.violations(MobileMoneyReversalReported.CONTRACT, paybill)).isEmpty();
        assertThat(ContractJson.mapper().treeToValue(paybill, MobileMoneyReversalReported.class).requestId())
                .isNull();
        assertThat(ContractSchemas.violations(MobileMoneyReversalReported.CONTRACT, nameless)).isNotEmpty();
        assertThatThrownBy(() -> ContractJson.mapper().treeToValue(nameless, MobileMoneyReversalReported.class))
                .isInstanceOf(JacksonException.class);
    }
}

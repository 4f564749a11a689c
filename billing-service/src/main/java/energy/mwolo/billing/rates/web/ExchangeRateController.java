package energy.mwolo.billing.rates.web;

import energy.mwolo.billing.rates.application.ReadingExchangeRates;
import energy.mwolo.billing.rates.application.RecordingExchangeRate;
import energy.mwolo.billing.rates.model.ExchangeRate;
import energy.mwolo.platform.apidocs.AnswersProblem;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * USD/CDF rates, one per day: list ({@code from}, {@code to}), the rate that holds on a day ({@code {date}/}: the
 * day's, else the last of the 3 days before, else 409), and entry by accountants.
 */
@RestController
@RequestMapping("/api/billing/exchange-rates")
class ExchangeRateController {

    private final ReadingExchangeRates reading;
    private final RecordingExchangeRate recording;

    ExchangeRateController(ReadingExchangeRates reading, RecordingExchangeRate recording) {
        this.reading = reading;
        this.recording = recording;
    }

    @Operation(summary = "Lister les taux de change")
    @GetMapping({"", "/"})
    PageResponse<ExchangeRateResponse> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            PageQuery page, CurrentUser user) {
        long count = reading.count(from, to, user);
        return PageResponse.of(page, count, reading.find(from, to, page.offset(), page.limit()))
                .map(ExchangeRateResponse::from);
    }

    @Operation(summary = "Taux de change en vigueur un jour donné")
    @AnswersProblem(status = 409, codes = "billing.exchange_rate.missing")
    @GetMapping({"/{date}", "/{date}/"})
    ExchangeRateResponse effectiveOn(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                     CurrentUser user) {
        return ExchangeRateResponse.from(reading.effectiveOn(date, user));
    }

    @Operation(summary = "Enregistrer un taux de change")
    @PostMapping({"", "/"})
    @Idempotent(required = true)
    ResponseEntity<ExchangeRateResponse> record(@RequestBody @Valid ExchangeRateRequest request, CurrentUser user) {
        ExchangeRate rate = recording.record(request.date(), request.rate(), user);
        return ResponseEntity.created(URI.create("/api/billing/exchange-rates/" + rate.day() + "/"))
                .body(ExchangeRateResponse.from(rate));
    }

    /**
     * The central bank's indicative USD/CDF rate of one day, as an accountant enters it; a day has one rate.
     *
     * @param date the day the rate was published for, ISO {@code yyyy-MM-dd}
     * @param rate Congolese francs for one US dollar, positive, at most 4 decimals ({@code "2750.1234"})
     */
    record ExchangeRateRequest(@NotNull LocalDate date, @NotNull BigDecimal rate) {
    }

    /**
     * The USD/CDF rate of one day, used to convert between the two currencies.
     *
     * @param date  the day this rate was published for, ISO {@code yyyy-MM-dd}; asked for a day without its own
     *              rate, the answer is the earlier rate that holds, at most 3 days before, with that rate's date
     * @param base  always {@code USD}
     * @param quote always {@code CDF}
     * @param rate  Congolese francs for one US dollar, a decimal string with 4 decimals ({@code "2750.1234"})
     */
    record ExchangeRateResponse(LocalDate date, String base, String quote, @Schema(format = "decimal") String rate) {

        static ExchangeRateResponse from(ExchangeRate rate) {
            return new ExchangeRateResponse(rate.day(), "USD", "CDF", rate.cdfPerUsd().toPlainString());
        }
    }
}

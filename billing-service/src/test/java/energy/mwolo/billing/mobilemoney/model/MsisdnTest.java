package energy.mwolo.billing.mobilemoney.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.billing.kernel.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MsisdnTest {

    @ParameterizedTest
    @ValueSource(strings = {"+243812345678", "+243 812 345 678", "243812345678", "0812345678", "812345678",
        "00243812345678", "+243-81-234-5678"})
    void readsEveryUsualWayOfWritingTheSameNumber(String typed) {
        Msisdn msisdn = Msisdn.parse(typed);

        assertThat(msisdn.national()).isEqualTo("812345678");
        assertThat(msisdn.international()).isEqualTo("243812345678");
        assertThat(msisdn.e164()).isEqualTo("+243812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+24381234567", "+2438123456789", "+33612345678", "081234567a", "012345678", "abc"})
    void refusesWhatIsNotACongoleseMobileNumber(String typed) {
        assertThatThrownBy(() -> Msisdn.parse(typed)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("code", "billing.mobile_money.msisdn_invalid");
    }

    @ParameterizedTest
    @CsvSource({"812345678,MPESA", "822345678,MPESA", "832345678,MPESA", "972345678,AIRTEL", "982345678,AIRTEL",
        "992345678,AIRTEL", "842345678,ORANGE", "852345678,ORANGE", "892345678,ORANGE", "802345678,ORANGE",
        "902345678,AGGREGATOR"})
    void findsWhoCollectsForEachOperatorsPrefix(String national, Provider provider) {
        assertThat(new Msisdn(national).operator()).map(Operator::provider).contains(provider);
    }

    @Test
    void refusesANumberOfAnotherOperatorThanTheProvidersButLetsUnknownPrefixesAndTheAggregatorThrough() {
        assertThatThrownBy(() -> Msisdn.parse("+243971234567").requireServedBy(Provider.MPESA))
                .hasFieldOrPropertyWithValue("code", "billing.mobile_money.msisdn_operator");
        assertThat(Msisdn.parse("+243971234567").requireServedBy(Provider.AIRTEL).national()).isEqualTo("971234567");
        assertThat(Msisdn.parse("+243971234567").requireServedBy(Provider.AGGREGATOR).national())
                .isEqualTo("971234567");
        assertThat(Msisdn.parse("+243861234567").operator()).isEmpty();
        assertThat(Msisdn.parse("+243861234567").requireServedBy(Provider.ORANGE).national()).isEqualTo("861234567");
    }
}

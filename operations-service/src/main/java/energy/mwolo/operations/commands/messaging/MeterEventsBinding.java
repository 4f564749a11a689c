package energy.mwolo.operations.commands.messaging;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.iot.MeterEvent;
import energy.mwolo.operations.commands.application.CommandSettings;
import energy.mwolo.operations.commands.application.DeviceEvent;
import energy.mwolo.operations.commands.application.HandlingMeterEvents;
import energy.mwolo.operations.kernel.DevicePolls;
import energy.mwolo.platform.events.UnusableEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;

/**
 * The {@code meterEvents-in-0} binding of {@code iot.meter-events}, in batch mode like readings and split the same way
 * ({@link DevicePolls}): the readable messages in one transaction, the unreadable one alone to
 * {@code iot.meter-events.dlt} (the platform's error handler, set for every binding by readings' container
 * customizer).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandSettings.class)
class MeterEventsBinding {

    @Bean
    Consumer<List<byte[]>> meterEvents(HandlingMeterEvents handling) {
        return messages -> DevicePolls.handle(messages, MeterEventsBinding::read, handling::handle, "meter event");
    }

    static DeviceEvent read(byte[] message) {
        if (message == null) {
            throw new UnusableEvent("a meter event without a value");
        }
        String json = new String(message, StandardCharsets.UTF_8);
        MeterEvent event;
        try {
            event = ContractJson.read(json, MeterEvent.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new UnusableEvent("not a readable " + MeterEvent.CONTRACT.dataSchema() + ": " + e.getMessage(), e);
        }
        if (event == null || !DevicePolls.METER_NUMBER.matcher(event.meterNumber()).matches()) {
            throw new UnusableEvent("meter_number must be letters, digits and hyphens");
        }
        return new DeviceEvent(event.messageId(), event.meterNumber(), event.occurredAt(), event.type(),
                event.commandId(), event.outcome(), event.relayState(), event.detail(), json);
    }
}
